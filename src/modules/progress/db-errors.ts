// Recognises a unique-constraint violation on either engine, so a repository can turn the loser
// of a race (two "create" calls at once) into a conflict instead of an internal error.
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
