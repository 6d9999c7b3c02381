import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyItem, evaluateWaterClass, meetsDrinkingWaterSource, type WaterSample } from './gb3838-evaluation.ts';
import { GB3838_TABLE1, type Gb3838BasicItem, WATER_CLASSES, type WaterClass } from './gb3838-limits.ts';

interface WaterCase {
  id: string;
  water_body: string;
  inputs_mg_per_L_except_pH_and_coliform?: Record<string, number>;
  inputs_mg_per_L?: Record<string, number>;
  expected: {
    per_item_class?: Record<string, string>;
    section_class?: string;
    qualitative_grade?: string;
    limiting_items?: string[];
    reference_indicators_reported_separately?: Record<string, string>;
    table1_section_class?: string;
    table1_meets_class_III?: boolean;
    table2_exceedances?: Record<string, { value: number; limit: number; exceedance_multiple: number }>;
    source_attains?: boolean;
  };
}

const EXAMPLES_URL = new URL('../../../../shared/standards/worked_examples.json', import.meta.url);
const examples = JSON.parse(readFileSync(EXAMPLES_URL, 'utf8')) as { water_class_cases: WaterCase[] };

const bodyOf = (c: WaterCase) => (c.water_body.startsWith('lake') ? 'lake' : 'river');
const perItem = (items: { item: string; class: WaterClass | null }[]) =>
  Object.fromEntries(items.map((i) => [i.item, i.class]));

describe('GB 3838 worked examples (shared/standards/worked_examples.json)', () => {
  it('holds the hand-verified water cases', () => {
    expect(examples.water_class_cases.length).toBeGreaterThanOrEqual(13);
  });

  for (const c of examples.water_class_cases) {
    it(`${c.id} (${c.water_body})`, () => {
      const sample = (c.inputs_mg_per_L_except_pH_and_coliform ?? c.inputs_mg_per_L) as WaterSample;
      const e = c.expected;
      if (e.source_attains !== undefined) {
        const r = meetsDrinkingWaterSource(sample, { waterBody: bodyOf(c) });
        expect(r.table1.class).toBe(e.table1_section_class);
        expect(r.table1MeetsClassIII).toBe(e.table1_meets_class_III);
        expect(r.meets).toBe(e.source_attains);
        const exceed = Object.fromEntries(r.table2Exceedances.map((x) => [x.item, { value: x.value, limit: x.limit }]));
        const expected = Object.fromEntries(
          Object.entries(e.table2_exceedances ?? {}).map(([k, v]) => [k, { value: v.value, limit: v.limit }]),
        );
        expect(exceed).toEqual(expected);
        for (const x of r.table2Exceedances) {
          expect(x.exceedanceMultiple).toBeCloseTo(
            e.table2_exceedances?.[x.item]?.exceedance_multiple ?? Number.NaN,
            3,
          );
        }
        expect(r.table1.ignoredItems).toEqual(['sulfate', 'chloride', 'nitrate_N', 'Fe', 'Mn']);
        return;
      }
      const r = evaluateWaterClass(sample, { waterBody: bodyOf(c) });
      expect(r.standard).toBe('GB 3838-2002');
      expect(r.ignoredItems).toEqual([]);
      expect(perItem(r.items)).toEqual(e.per_item_class);
      expect(r.class).toBe(e.section_class);
      expect(r.grade).toBe(e.qualitative_grade);
      expect(r.limitingItems).toEqual(e.limiting_items);
      expect(r.referenceItems).toEqual(e.reference_indicators_reported_separately ?? {});
    });
  }
});

describe('GB 3838 worked examples copied inline (fail even without shared/)', () => {
  it('W03a/W03b: TP 0.04 is II in a river, III in a lake; lake TN is reported separately', () => {
    const sample = { pH: 7.8, DO: 8.0, CODMn: 1.5, 'NH3-N': 0.1, TP: 0.04, TN: 1.2 };
    const river = evaluateWaterClass(sample);
    expect([river.class, river.limitingItems, river.referenceItems]).toEqual(['II', ['TP'], { TN: 'not evaluated' }]);
    const lake = evaluateWaterClass(sample, { waterBody: 'lake' });
    expect([lake.class, lake.grade, lake.referenceItems]).toEqual(['III', '良好', { TN: 'IV' }]);
  });

  it('W04: NH3-N 1.2 → IV, main pollutant 氨氮 with 超标倍数 0.2', () => {
    const r = evaluateWaterClass({ pH: 7.0, DO: 5.5, CODMn: 5.0, COD: 18, BOD5: 3.5, 'NH3-N': 1.2, TP: 0.15 });
    expect([r.class, r.grade, r.colour]).toEqual(['IV', '轻度污染', '黄色']);
    expect(r.mainPollutants).toHaveLength(1);
    expect(r.mainPollutants[0]?.item).toBe('NH3-N');
    expect(r.mainPollutants[0]?.exceedanceMultiple).toBeCloseTo(0.2, 10);
    expect(r.mainPollutants[0]?.label).toBe('氨氮(NH3-N)(0.2)');
  });

  it('W05/W06/W10: DO < 2, pH outside 6–9 and COD > 40 each give 劣V', () => {
    expect(evaluateWaterClass({ pH: 7.1, DO: 1.8, CODMn: 6.0 }).class).toBe('劣V');
    expect(evaluateWaterClass({ pH: 9.2, DO: 7.0 }).class).toBe('劣V');
    expect(evaluateWaterClass({ pH: 7.0, COD: 40.1 }).class).toBe('劣V');
    expect(evaluateWaterClass({ pH: 7.0, COD: 40 }).class).toBe('V');
  });

  it('W12: Class II source fails on Fe 0.35 > 0.3', () => {
    const r = meetsDrinkingWaterSource({
      pH: 7.3,
      DO: 6.5,
      CODMn: 3.2,
      'NH3-N': 0.35,
      TP: 0.08,
      sulfate: 120,
      chloride: 60,
      nitrate_N: 2.1,
      Fe: 0.35,
      Mn: 0.05,
    });
    expect([r.table1.class, r.table1MeetsClassIII, r.meets]).toEqual(['II', true, false]);
    expect(r.table2Exceedances.map((x) => [x.item, x.value, x.limit])).toEqual([['Fe', 0.35, 0.3]]);
  });
});

// GB 3838—2002 Table 1 as printed (classes I–V), typed here independently of gb3838-limits.ts.
const PRINTED: [Gb3838BasicItem, number[], 'max' | 'min'][] = [
  ['DO', [7.5, 6, 5, 3, 2], 'min'],
  ['CODMn', [2, 4, 6, 10, 15], 'max'],
  ['COD', [15, 15, 20, 30, 40], 'max'],
  ['BOD5', [3, 3, 4, 6, 10], 'max'],
  ['NH3-N', [0.15, 0.5, 1.0, 1.5, 2.0], 'max'],
  ['TP', [0.02, 0.1, 0.2, 0.3, 0.4], 'max'],
  ['Cu', [0.01, 1.0, 1.0, 1.0, 1.0], 'max'],
  ['Zn', [0.05, 1.0, 1.0, 2.0, 2.0], 'max'],
  ['fluoride', [1.0, 1.0, 1.0, 1.5, 1.5], 'max'],
  ['Se', [0.01, 0.01, 0.01, 0.02, 0.02], 'max'],
  ['As', [0.05, 0.05, 0.05, 0.1, 0.1], 'max'],
  ['Hg', [0.00005, 0.00005, 0.0001, 0.001, 0.001], 'max'],
  ['Cd', [0.001, 0.005, 0.005, 0.005, 0.01], 'max'],
  ['Cr6+', [0.01, 0.05, 0.05, 0.05, 0.1], 'max'],
  ['Pb', [0.01, 0.01, 0.05, 0.05, 0.1], 'max'],
  ['cyanide', [0.005, 0.05, 0.2, 0.2, 0.2], 'max'],
  ['volatile_phenol', [0.002, 0.002, 0.005, 0.01, 0.1], 'max'],
  ['petroleum', [0.05, 0.05, 0.05, 0.5, 1.0], 'max'],
  ['LAS', [0.2, 0.2, 0.2, 0.3, 0.3], 'max'],
  ['sulfide', [0.05, 0.1, 0.2, 0.5, 1.0], 'max'],
  ['fecal_coliform', [200, 2000, 10000, 20000, 40000], 'max'],
];

describe('item classes on the printed Table 1', () => {
  it('covers the 24 basic items', () => {
    expect(GB3838_TABLE1.map((s) => s.no)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });

  for (const [item, limits, direction] of PRINTED) {
    it(`${item}: a value on a limit gets the best class with that limit; past class V gets 劣V`, () => {
      limits.forEach((limit, i) => {
        const best = WATER_CLASSES[limits.indexOf(limit)];
        expect(classifyItem(item, limit).class).toBe(best);
        // Just worse than this limit → the next class whose limit differs (or 劣V).
        const step = direction === 'max' ? limit * 1.001 : limit * 0.999;
        const nextDiff = limits.findIndex((l, j) => j > i && l !== limit);
        const expected = nextDiff === -1 ? '劣V' : WATER_CLASSES[nextDiff];
        if (limits.indexOf(limit) === i) expect(classifyItem(item, step).class).toBe(expected);
      });
    });
  }

  it('TP uses the 湖、库 column for lakes', () => {
    const lake = [0.01, 0.025, 0.05, 0.1, 0.2];
    lake.forEach((l, i) => {
      expect(classifyItem('TP', l, { waterBody: 'lake' }).class).toBe(WATER_CLASSES[i]);
    });
    expect(classifyItem('TP', 0.21, { waterBody: 'lake' }).class).toBe('劣V');
  });

  it('pH 6–9 inclusive does not degrade the class', () => {
    expect(classifyItem('pH', 6).class).toBe('I');
    expect(classifyItem('pH', 9).class).toBe('I');
    expect(classifyItem('pH', 5.9).class).toBe('劣V');
  });

  it('water temperature is not classed', () => {
    expect(() => classifyItem('water_temperature', 20)).toThrow(RangeError);
    expect(evaluateWaterClass({ water_temperature: 20, pH: 7 }).referenceItems).toEqual({
      water_temperature: 'not evaluated',
    });
  });

  it('超标倍数 is relative to Class III and not given for DO/pH', () => {
    expect(classifyItem('CODMn', 9).exceedanceMultiple).toBeCloseTo(0.5, 10);
    expect(classifyItem('TP', 0.1, { waterBody: 'lake' }).exceedanceMultiple).toBeCloseTo(1, 10);
    expect(classifyItem('CODMn', 6).exceedanceMultiple).toBeNull();
    expect(classifyItem('DO', 1).exceedanceMultiple).toBeNull();
  });
});

describe('values below the detection limit', () => {
  const bdl = (limit: number | null) => ({ belowDetectionLimit: true as const, limit });

  it('"<L" with L within the Class I limit is Class I', () => {
    expect(classifyItem('Pb', bdl(0.01)).class).toBe('I');
    expect(classifyItem('Hg', bdl(0.00004)).class).toBe('I');
  });

  it('"<L" with L above a class limit cannot be decided; the possible range is given', () => {
    const r = classifyItem('Hg', bdl(0.0001));
    expect(r).toMatchObject({ class: null, bestPossibleClass: 'I', worstPossibleClass: 'III' });
    const section = evaluateWaterClass({ pH: 7, DO: 8, Hg: bdl(0.0001) });
    expect(section).toMatchObject({ class: null, bestPossibleClass: 'I', worstPossibleClass: 'III', grade: null });
    expect(section.undecidedItems).toEqual(['Hg']);
    // A decided worse item settles the section anyway.
    expect(evaluateWaterClass({ pH: 7, DO: 4, Hg: bdl(0.0001) }).class).toBe('IV');
  });

  it('"<L" for DO: L ≤ 2 is certainly 劣V; a larger L is undecided', () => {
    expect(classifyItem('DO', bdl(2)).class).toBe('劣V');
    expect(classifyItem('DO', bdl(5.5))).toMatchObject({
      class: null,
      bestPossibleClass: 'III',
      worstPossibleClass: '劣V',
    });
  });

  it('an unknown detection limit is undecided, unless the 未检出 = Class I practice is chosen', () => {
    expect(classifyItem('Cd', bdl(null))).toMatchObject({ class: null, worstPossibleClass: '劣V' });
    expect(classifyItem('Cd', bdl(null), { belowDetectionLimitPolicy: 'meets-class-I' }).class).toBe('I');
    expect(classifyItem('Hg', bdl(0.0001), { belowDetectionLimitPolicy: 'meets-class-I' }).class).toBe('I');
  });

  it('a drinking-water source with "<L" above a Table 2 limit is undecided, below it meets', () => {
    const base = { pH: 7.3, DO: 6.5, CODMn: 3.2, 'NH3-N': 0.35, TP: 0.08 };
    expect(meetsDrinkingWaterSource({ ...base, Mn: bdl(0.01) }).meets).toBe(true);
    expect(meetsDrinkingWaterSource({ ...base, Mn: bdl(0.2) }).meets).toBeNull();
    expect(meetsDrinkingWaterSource({ ...base, Mn: bdl(0.2), Fe: 0.5 }).meets).toBe(false);
  });
});

describe('drinking-water source rules', () => {
  it('TN and fecal coliform do not decide the class (W08)', () => {
    const r = meetsDrinkingWaterSource({
      pH: 7.4,
      DO: 6.8,
      CODMn: 3.0,
      'NH3-N': 0.3,
      TP: 0.09,
      fecal_coliform: 30000,
      TN: 5,
    });
    expect(r.table1.class).toBe('II');
    expect(r.meets).toBe(true);
    expect(r.table1.referenceItems).toEqual({ TN: 'not evaluated', fecal_coliform: 'V' });
    expect(r.missingTable2Items).toEqual(['sulfate', 'chloride', 'nitrate_N', 'Fe', 'Mn']);
  });

  it('Class IV basic items fail', () => {
    expect(meetsDrinkingWaterSource({ pH: 7, 'NH3-N': 1.2 }).meets).toBe(false);
  });

  it('no basic item at all leaves Table 1 undecided', () => {
    expect(meetsDrinkingWaterSource({ Fe: 0.1 })).toMatchObject({ table1MeetsClassIII: null, meets: null });
  });

  it('reference items can be changed (lake TN taking part)', () => {
    const r = evaluateWaterClass(
      { pH: 7, TP: 0.01, TN: 1.2 },
      { waterBody: 'lake', referenceItems: ['water_temperature', 'fecal_coliform'] },
    );
    expect(r.class).toBe('IV');
    expect(r.limitingItems).toEqual(['TN']);
  });
});

describe('main pollutants', () => {
  it('up to three, heavy metals/cyanide first, then worst class, then 超标倍数', () => {
    const r = evaluateWaterClass({ pH: 7, CODMn: 20, COD: 35, 'NH3-N': 1.8, TP: 0.35, Pb: 0.08 });
    expect(r.class).toBe('劣V');
    expect(r.mainPollutants.map((m) => m.item)).toEqual(['Pb', 'CODMn', 'NH3-N']);
  });
});
