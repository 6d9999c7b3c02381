/** ISO-8601 UTC timestamp; one function so tests and stored values agree on the format. */
export function nowIso(date: Date = new Date()): string {
  return date.toISOString();
}
