import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, indicatorByCode } from './catalogue.ts';

// The repository keeps its own copy of the design's indicator table (docs/design), so this check
// runs on a clean clone too; the kinds are also written here to read at a glance.
const DESIGN = join(import.meta.dirname, '..', '..', '..', 'docs', 'design', 'indicators.md');
const KINDS: Record<number, string> = {
  1: 'rate',
  2: 'rate',
  3: 'rate',
  4: 'rate',
  5: 'rate',
  6: 'survey',
  7: 'rate',
  8: 'rate',
  9: 'rate',
  10: 'rate',
  11: 'standard',
  12: 'trend',
  13: 'trend',
  14: 'standard',
  15: 'standard',
  16: 'reported',
  17: 'standard',
  18: 'reported',
  19: 'reported',
  20: 'reported',
  21: 'reported',
  22: 'trend',
  23: 'rate',
  24: 'reported',
  25: 'reported',
  26: 'reported',
  27: 'milestone',
};

function designRows(): { row: number; target: string; kind: string }[] {
  return readFileSync(DESIGN, 'utf8')
    .split('\n')
    .map((l) => /^\|\s*(\d+)\s*\|\s*([^|]+)\|\s*(\w+)\s*\|/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ row: Number(m[1]), target: (m[2] as string).trim(), kind: m[3] as string }));
}

describe('indicator catalogue', () => {
  it('has every row 1–27 with its kind', () => {
    const rows = new Set(CATALOGUE.map((d) => d.row));
    for (let r = 1; r <= 27; r++) expect(rows.has(r), `row ${r}`).toBe(true);
    for (const d of CATALOGUE) expect(d.kind, d.code).toBe(KINDS[d.row]);
    // Row 26 is five industry clusters, each with its own target.
    expect(CATALOGUE.filter((d) => d.row === 26).map((d) => d.target.value)).toEqual([100, 50, 50, 20, 10]);
  });

  it('matches indicators.md row by row', () => {
    const rows = designRows();
    expect(rows).toHaveLength(27);
    for (const r of rows) {
      const defs = CATALOGUE.filter((d) => d.row === r.row);
      expect(defs.length, `row ${r.row}`).toBeGreaterThan(0);
      for (const d of defs) expect(d.kind, `row ${r.row}`).toBe(r.kind);
      // The target numbers of the design appear in the catalogue's defaults.
      const numbers = [...r.target.matchAll(/(\d+(?:\.\d+)?)\s*(?:%|家|万亩|座|户|亿元)/g)].map((m) => Number(m[1]));
      for (const n of numbers)
        expect(
          defs.map((d) => d.target.value),
          `row ${r.row}`,
        ).toContain(n);
    }
  });

  it('has unique stable codes and complete entries', () => {
    const codes = CATALOGUE.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of CATALOGUE) {
      expect(d.code).toMatch(/^[a-z0-9_]+$/);
      expect(d.name && d.definition && d.formula && d.regionRule && d.valueLabel, d.code).toBeTruthy();
      expect(d.sources.length, d.code).toBeGreaterThan(0);
      expect(d.minRecords, d.code).toBeGreaterThanOrEqual(0);
      expect(indicatorByCode(d.code)).toBe(d);
    }
    expect(indicatorByCode('food_pass_rate')?.minRecords).toBe(30);
    expect(indicatorByCode('drinking_water_rate')?.standard).toContain('GB 3838-2002 §5');
  });
});
