// Canonical JSON, so anyone re-serialising the same data gets the same bytes and the same hash:
// object keys sorted by code unit (as RFC 8785 does), no whitespace, undefined members left out,
// only finite numbers. Large arrays (200,000 pool rows) hash as a stream of their elements
// rather than one string, with exactly the bytes canonicalJson would produce.
import { createHash, type Hash } from 'node:crypto';

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no NaN or Infinity');
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++)
          out += `${i > 0 ? ',' : ''}${canonicalJson(value[i] === undefined ? null : value[i])}`;
        return `${out}]`;
      }
      const o = value as Record<string, unknown>;
      // Default sort compares UTF-16 code units, as RFC 8785 asks.
      const keys = Object.keys(o).sort();
      let out = '{';
      let first = true;
      for (const k of keys) {
        const v = o[k];
        if (v === undefined) continue;
        out += `${first ? '' : ','}${JSON.stringify(k)}:${canonicalJson(v)}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
  }
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Text is handed to the hash in pieces of about this many characters (fewer, larger updates). */
const FEED = 1 << 16;

/**
 * SHA-256 of the canonical JSON array of rows, fed in pieces. `serialize` must return exactly
 * canonicalJson(row) — a faster serializer for rows of a known shape is checked against it in
 * the tests.
 */
export function hashArray<T>(rows: Iterable<T>, serialize: (row: T) => string = canonicalJson): string {
  const h: Hash = createHash('sha256');
  let buffer = '[';
  let first = true;
  for (const row of rows) {
    buffer += first ? serialize(row) : `,${serialize(row)}`;
    first = false;
    if (buffer.length >= FEED) {
      h.update(buffer, 'utf8');
      buffer = '';
    }
  }
  h.update(`${buffer}]`, 'utf8');
  return h.digest('hex');
}
