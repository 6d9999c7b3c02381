import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type EffluentSample, effluentCompliance } from './gb18918-compliance.ts';
import type { EffluentGrade, Gb18918Item } from './gb18918-limits.ts';

interface WastewaterCase {
  id: string;
  plant_built: string;
  water_temperature_C: number;
  daily_average_mg_per_L: Record<string, number>;
  expected: {
    compliant: boolean;
    exceedances?: Record<string, { value: number; limit: number }>;
    limits_used: Record<string, number>;
  };
}

const EXAMPLES_URL = new URL('../../../../shared/standards/worked_examples.json', import.meta.url);
const examples = JSON.parse(readFileSync(EXAMPLES_URL, 'utf8')) as { wastewater_cases: WastewaterCase[] };

// The worked examples spell two items differently from the table's names.
const KEY: Record<string, Gb18918Item> = {
  color_dilution: 'color_dilution_factor',
  fecal_coliform_per_L: 'fecal_coliform',
};

describe('GB 18918 worked examples (shared/standards/worked_examples.json)', () => {
  it('holds the hand-verified cases', () => {
    expect(examples.wastewater_cases.length).toBeGreaterThanOrEqual(2);
  });

  for (const c of examples.wastewater_cases) {
    it(`${c.id}`, () => {
      const sample = Object.fromEntries(
        Object.entries(c.daily_average_mg_per_L).map(([k, v]) => [KEY[k] ?? k, v]),
      ) as EffluentSample;
      const r = effluentCompliance(sample, '1A', {
        waterTemperatureC: c.water_temperature_C,
        plantBuiltOn: c.plant_built,
      });
      expect(r.ignoredItems).toEqual([]);
      expect(r.standard).toBe('GB 18918-2002');
      expect(r.compliant).toBe(c.expected.compliant);
      expect(Object.fromEntries(r.exceedances.map((x) => [x.item, { value: x.value, limit: x.limit }]))).toEqual(
        c.expected.exceedances ?? {},
      );
      for (const [item, limit] of Object.entries(c.expected.limits_used)) {
        expect(r.limitsUsed[item as Gb18918Item]).toBe(limit);
      }
    });
  }
});

describe('GB 18918 worked examples copied inline', () => {
  it('WW02: cold water and an old plant relax NH3-N and TP, SS 12 > 10 fails', () => {
    const r = effluentCompliance({ COD: 48, BOD5: 9, SS: 12, TN: 14, 'NH3-N': 6.5, TP: 0.8, pH: 6.8 }, '1A', {
      waterTemperatureC: 9,
      plantBuiltOn: '2004',
    });
    expect(r.compliant).toBe(false);
    expect(r.exceedances).toEqual([{ item: 'SS', name: '悬浮物(SS)', value: 12, limit: 10 }]);
    expect([r.limitsUsed['NH3-N'], r.limitsUsed.TP]).toEqual([8, 1]);
  });
});

// GB 18918—2002 Table 1 as printed; [item, 1A, 1B, 2, 3] (null = "—").
const PRINTED: [Gb18918Item, ...(number | null)[]][] = [
  ['COD', 50, 60, 100, 120],
  ['BOD5', 10, 20, 30, 60],
  ['SS', 10, 20, 30, 50],
  ['animal_vegetable_oil', 1, 3, 5, 20],
  ['petroleum', 1, 3, 5, 15],
  ['LAS', 0.5, 1, 2, 5],
  ['TN', 15, 20, null, null],
  ['color_dilution_factor', 30, 30, 40, 50],
  ['fecal_coliform', 1000, 10000, 10000, null],
];
const GRADES: EffluentGrade[] = ['1A', '1B', '2', '3'];

describe('Table 1 limits by grade', () => {
  for (const [item, ...limits] of PRINTED) {
    it(`${item}`, () => {
      GRADES.forEach((grade, i) => {
        const limit = limits[i] ?? null;
        if (limit === null) {
          expect(effluentCompliance({ [item]: 1e9 }, grade)).toMatchObject({
            compliant: true,
            limitsUsed: { [item]: null },
          });
          return;
        }
        expect(effluentCompliance({ [item]: limit }, grade).compliant).toBe(true);
        expect(effluentCompliance({ [item]: limit * 1.01 }, grade).exceedances).toEqual([
          expect.objectContaining({ item, limit }),
        ]);
      });
    });
  }

  it('NH3-N: 5 (8) / 8 (15) / 25 (30) / — by water temperature', () => {
    const warm = [5, 8, 25, null];
    const cold = [8, 15, 30, null];
    GRADES.forEach((g, i) => {
      expect(effluentCompliance({ 'NH3-N': 1 }, g, { waterTemperatureC: 12.1 }).limitsUsed['NH3-N']).toBe(warm[i]);
      expect(effluentCompliance({ 'NH3-N': 1 }, g, { waterTemperatureC: 12 }).limitsUsed['NH3-N']).toBe(cold[i]);
    });
  });

  it('TP: 1 / 1.5 / 3 / 5 before 2006, 0.5 / 1 / 3 / 5 from 2006-01-01', () => {
    const before = [1, 1.5, 3, 5];
    const from = [0.5, 1, 3, 5];
    GRADES.forEach((g, i) => {
      expect(effluentCompliance({ TP: 0.1 }, g, { plantBuiltOn: '2005-12-31' }).limitsUsed.TP).toBe(before[i]);
      expect(effluentCompliance({ TP: 0.1 }, g, { plantBuiltOn: '2006-01-01' }).limitsUsed.TP).toBe(from[i]);
      expect(effluentCompliance({ TP: 0.1 }, g, { plantBuiltOn: '2006' }).limitsUsed.TP).toBe(from[i]);
    });
  });

  it('pH must lie in 6–9', () => {
    expect(effluentCompliance({ pH: 6 }).compliant).toBe(true);
    expect(effluentCompliance({ pH: 9 }).compliant).toBe(true);
    expect(effluentCompliance({ pH: 9.1 }).exceedances).toEqual([
      { item: 'pH', name: 'pH', value: 9.1, limit: [6, 9] },
    ]);
  });
});

describe('unknown conditions and detection limits', () => {
  it('NH3-N without a water temperature: decided outside 5…8, undecided between', () => {
    expect(effluentCompliance({ 'NH3-N': 4 })).toMatchObject({ compliant: true, limitsUsed: { 'NH3-N': 5 } });
    expect(effluentCompliance({ 'NH3-N': 9 })).toMatchObject({ compliant: false, limitsUsed: { 'NH3-N': 8 } });
    const open = effluentCompliance({ 'NH3-N': 6 });
    expect(open.compliant).toBeNull();
    expect(open.undecided[0]?.reason).toContain('水温');
  });

  it('TP without a construction date: undecided between 0.5 and 1', () => {
    expect(effluentCompliance({ TP: 0.7 }).compliant).toBeNull();
    expect(effluentCompliance({ TP: 0.4 }).compliant).toBe(true);
  });

  it('"<L" meets a limit ≥ L and is undecided against a smaller one', () => {
    expect(effluentCompliance({ total_Hg: { belowDetectionLimit: true, limit: 0.0001 } }).compliant).toBe(true);
    expect(effluentCompliance({ total_Hg: { belowDetectionLimit: true, limit: 0.002 } }).compliant).toBeNull();
    expect(effluentCompliance({ alkyl_Hg: { belowDetectionLimit: true, limit: 0.00001 } }).compliant).toBe(true);
    expect(effluentCompliance({ alkyl_Hg: 0.00002 }).exceedances[0]?.limit).toBe('不得检出');
  });

  it('permit overrides replace the limit and are named', () => {
    const r = effluentCompliance({ COD: 35 }, '1A', { limitOverrides: { COD: 30 } });
    expect(r).toMatchObject({ compliant: false, overridden: ['COD'], limitsUsed: { COD: 30 } });
  });

  it('from 2026-03-01 a caveat names the unverified 修改单', () => {
    expect(effluentCompliance({ COD: 20 }, '1A', { date: '2026-03-01' }).caveats).toHaveLength(1);
    expect(effluentCompliance({ COD: 20 }, '1A', { date: '2025-12-31' }).caveats).toEqual([]);
  });

  it('rejects malformed conditions', () => {
    expect(() => effluentCompliance({}, '1A', { plantBuiltOn: '05/2004' })).toThrow(RangeError);
  });
});
