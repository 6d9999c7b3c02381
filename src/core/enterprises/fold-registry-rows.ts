// A registry export may list one registration twice, once per spelling of its name (a renamed
// company, a 有限公司/有限责任公司 slip). Rows that share a credit code become one enterprise: the
// first row's name is the name, the other spellings are aliases. Rows that share a code but
// disagree on anything else are errors: the file must say which is right.
import type { RegistryRow } from './enterprise-columns.ts';
import { normalizeEnterpriseName } from './normalize-name.ts';

export interface FoldedEnterprise extends Omit<RegistryRow, 'row'> {
  rows: number[];
}

export interface FoldProblem {
  row: number;
  column?: string;
  message: string;
}

const COMPARED: [keyof RegistryRow, string][] = [
  ['regionCode', '所在地区'],
  ['industry', '行业'],
  ['size', '企业规模'],
  ['address', '住所'],
];

/** Adds names to a list of aliases, skipping the primary name and repeats (compared normalised). */
export function mergeAliases(primary: string, current: readonly string[], add: readonly string[]): string[] {
  const seen = new Set([normalizeEnterpriseName(primary)]);
  const out: string[] = [];
  for (const a of [...current, ...add]) {
    const n = normalizeEnterpriseName(a);
    if (n === '' || seen.has(n)) continue;
    seen.add(n);
    out.push(a.trim());
  }
  return out;
}

export function foldRegistryRows(rows: readonly RegistryRow[]): {
  enterprises: FoldedEnterprise[];
  problems: FoldProblem[];
} {
  const byCode = new Map<string, FoldedEnterprise>();
  const problems: FoldProblem[] = [];
  for (const r of rows) {
    const { row, ...value } = r;
    const first = byCode.get(r.creditCode);
    if (!first) {
      byCode.set(r.creditCode, { ...value, aliases: mergeAliases(r.name, [], r.aliases), rows: [row] });
      continue;
    }
    let conflict = false;
    for (const [key, label] of COMPARED) {
      const a = first[key as keyof FoldedEnterprise];
      const b = r[key];
      if (a !== null && b !== null && a !== b) {
        conflict = true;
        problems.push({
          row,
          column: label,
          message: `与第 ${first.rows[0]} 行统一社会信用代码相同(${r.creditCode}),但${label}不同:「${String(a)}」与「${String(b)}」`,
        });
      }
    }
    if (conflict) continue;
    for (const [key] of COMPARED) {
      const k = key as 'regionCode' | 'industry' | 'size' | 'address';
      if (first[k] === null && r[k] !== null) first[k] = r[k];
    }
    first.aliases = mergeAliases(first.name, first.aliases, [r.name, ...r.aliases]);
    const numbers = new Set(first.licences.map((l) => `${l.type}:${l.number}`));
    for (const l of r.licences) if (!numbers.has(`${l.type}:${l.number}`)) first.licences.push(l);
    first.rows.push(row);
  }
  return { enterprises: [...byCode.values()], problems };
}
