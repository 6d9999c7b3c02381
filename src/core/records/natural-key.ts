// Natural keys make a re-import update rows in place. Parts are compared in a normal form (width,
// spaces, case), so "ＡＢＣ 食品" and "ABC食品" are the same producer.
import { createHash } from 'node:crypto';

export function keyPart(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** A readable key from short parts: "临夏市|州监测站|2023-05-06|13". */
export function joinKey(parts: readonly (string | number | null | undefined)[]): string {
  return parts.map(keyPart).join('|');
}

/** A fixed-length key from long free-text parts (names, addresses), prefixed to say which rule made it. */
export function hashKey(prefix: string, parts: readonly (string | number | null | undefined)[]): string {
  return `${prefix}:${createHash('sha256').update(parts.map(keyPart).join('\u001f')).digest('hex').slice(0, 32)}`;
}
