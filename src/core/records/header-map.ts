// Finds the header row and maps its columns to a kind's fields. Published lists often carry a
// title row (and sometimes a disclaimer) above the header, so the header is the first row in
// which at least two different known column names appear.
import { type Cell, cellText } from './cell.ts';
import type { KindSpec } from './kind-spec.ts';
import { headerCandidates, normalizeHeader } from './normalize-header.ts';

export interface HeaderMap {
  /** 1-based row number of the header. */
  row: number;
  /** Field → column indexes (0-based) that carry it, in file order; the first non-blank wins. */
  columns: Map<string, number[]>;
  /** Header text as written, per column. */
  headers: (string | null)[];
  /** Columns with a header that no field claims. */
  unclaimed: number[];
}

const indexCache = new WeakMap<KindSpec, Map<string, string>>();

/** Normal-form column name → field key, for one kind. */
export function headerIndex(spec: KindSpec): Map<string, string> {
  let index = indexCache.get(spec);
  if (index) return index;
  index = new Map();
  for (const f of spec.fields) {
    for (const name of [f.header, ...(f.synonyms ?? [])]) {
      const n = normalizeHeader(name);
      if (!index.has(n)) index.set(n, f.key);
    }
  }
  indexCache.set(spec, index);
  return index;
}

export function fieldOfHeader(spec: KindSpec, header: string): string | null {
  const index = headerIndex(spec);
  for (const candidate of headerCandidates(header)) {
    const key = index.get(candidate);
    if (key) return key;
  }
  return null;
}

/** Maps a row as a header; `fields` is how many different fields it names. */
export function mapHeader(spec: KindSpec, row: number, cells: readonly Cell[]): { map: HeaderMap; fields: number } {
  const columns = new Map<string, number[]>();
  const headers: (string | null)[] = [];
  const unclaimed: number[] = [];
  cells.forEach((c, i) => {
    const text = cellText(c);
    headers[i] = text;
    if (text === null) return;
    const key = fieldOfHeader(spec, text);
    if (key === null) {
      unclaimed.push(i);
      return;
    }
    const list = columns.get(key);
    if (list) list.push(i);
    else columns.set(key, [i]);
  });
  return { map: { row, columns, headers, unclaimed }, fields: columns.size };
}

/**
 * Whether a data row merely repeats the header (multi-page exports repeat it on every page).
 * Runs on every row, so it compares the text as written; a repeated header is a copy anyway.
 */
export function repeatsHeader(map: HeaderMap, cells: readonly Cell[]): boolean {
  let same = 0;
  let filled = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c === null || c === undefined) continue;
    filled++;
    if (typeof c === 'string' && c.trim() === map.headers[i]) same++;
  }
  return filled >= 2 && same * 2 > filled;
}
