import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aqiCategory, dailyAqi, hourlyAqi, iaqi } from './hj633-aqi.ts';
import { type BreakpointColumn, IAQI_LEVELS } from './hj633-tables.ts';
import { type Hj633Version, standardVersionFor } from './standard-versions.ts';

interface AqiCase {
  id: string;
  standard_version: 'HJ633-2012' | 'HJ633-2026';
  report_type: 'daily' | 'hourly';
  inputs: Record<string, { value: number; unit: string; table_column: string }>;
  expected: {
    iaqi: Record<string, number | null>;
    aqi: number;
    primary_pollutants: string[];
    category: string;
    primary_indicator?: string[];
  };
}

// CI puts a copy of shared/ beside the repository, so this relative path holds there too.
const EXAMPLES_URL = new URL('../../../../shared/standards/worked_examples.json', import.meta.url);
const examples = JSON.parse(readFileSync(EXAMPLES_URL, 'utf8')) as { aqi_cases: AqiCase[] };

// A day in force for each edition (the worked examples name the edition, not a date).
const DAY: Record<AqiCase['standard_version'], string> = { 'HJ633-2012': '2016-07-08', 'HJ633-2026': '2026-06-15' };
const NAME: Record<AqiCase['standard_version'], Hj633Version> = {
  'HJ633-2012': 'HJ 633-2012',
  'HJ633-2026': 'HJ 633-2026',
};

function run(c: AqiCase) {
  const inputs = Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, v.value]));
  const date = DAY[c.standard_version];
  return c.report_type === 'daily' ? dailyAqi(date, inputs) : hourlyAqi(date, inputs);
}

describe('HJ 633 worked examples (shared/standards/worked_examples.json)', () => {
  it('holds the hand-verified cases of both editions', () => {
    expect(examples.aqi_cases.length).toBeGreaterThanOrEqual(17);
    expect(new Set(examples.aqi_cases.map((c) => c.standard_version))).toEqual(new Set(['HJ633-2012', 'HJ633-2026']));
  });

  for (const c of examples.aqi_cases) {
    it(`${c.id} (${c.standard_version} ${c.report_type})`, () => {
      const r = run(c);
      expect(r.standard).toBe(NAME[c.standard_version]);
      expect(r.iaqi).toEqual(c.expected.iaqi);
      expect(r.aqi).toBe(c.expected.aqi);
      expect(r.primaryPollutants).toEqual(c.expected.primary_pollutants);
      expect(r.category?.category).toBe(c.expected.category);
      if (c.expected.primary_indicator) expect(r.primaryIndicators).toEqual(c.expected.primary_indicator);
      expect(r.complete).toBe(true);
      expect(r.ignored).toEqual([]);
    });
  }
});

describe('HJ 633 worked examples copied inline (fail even without shared/)', () => {
  it('C01/C02: PM2.5 75 is 100 (良) under 2012 and 114 (轻度污染) under 2026', () => {
    const base = { SO2: 10, NO2: 30, PM10: 60, CO: 0.8, O3_8h: 100, 'PM2.5': 75 };
    const r12 = dailyAqi('2023-05-01', { ...base, O3_1h: 120 });
    expect(r12.iaqi).toEqual({ SO2: 10, NO2: 38, PM10: 55, CO: 20, O3_1h: 38, O3_8h: 50, 'PM2.5': 100 });
    expect([r12.aqi, r12.category?.category, r12.primaryPollutants]).toEqual([100, '良', ['PM2.5']]);
    const r26 = dailyAqi('2026-03-01', base);
    expect(r26.iaqi).toEqual({ SO2: 10, NO2: 38, PM10: 58, CO: 20, O3_8h: 50, 'PM2.5': 114 });
    expect([r26.aqi, r26.category?.category, r26.primaryPollutants]).toEqual([114, '轻度污染', ['PM2.5']]);
  });

  it('C10/C11: O3 8h 850 — 2012 uses the 1-hour IAQI (350), 2026 fixes 300', () => {
    const base = { SO2: 20, NO2: 40, PM10: 80, CO: 1.0, O3_8h: 850, 'PM2.5': 50 };
    const r12 = dailyAqi('2020-08-01', { ...base, O3_1h: 900 });
    expect(r12.iaqi.O3_8h).toBeNull();
    expect(r12.rules.O3_8h).toBe('O3_8h>800:use-1h');
    expect([r12.aqi, r12.category?.category, r12.primaryIndicators]).toEqual([350, '严重污染', ['O3_1h']]);
    const r26 = dailyAqi('2026-08-01', base);
    expect(r26.iaqi).toEqual({ SO2: 20, NO2: 50, PM10: 72, CO: 25, O3_8h: 300, 'PM2.5': 80 });
    expect([r26.aqi, r26.category?.category, r26.primaryPollutants]).toEqual([300, '重度污染', ['O3']]);
  });

  it('C12/C13: 2026 real-time report', () => {
    const a = hourlyAqi('2026-04-01', { SO2: 900, NO2: 80, PM10: 60, CO: 1.0, O3: 120, 'PM2.5': 30 });
    expect(a.iaqi).toEqual({ SO2: 200, NO2: 40, PM10: 58, CO: 10, O3: 38, 'PM2.5': 43 });
    expect([a.aqi, a.category?.category, a.primaryPollutants]).toEqual([200, '中度污染', ['SO2']]);
    const b = hourlyAqi('2026-04-01', { SO2: 10, NO2: 150, PM10: 130, CO: 1.5, O3: 210, 'PM2.5': 45 });
    expect(b.iaqi).toEqual({ SO2: 4, NO2: 75, PM10: 104, CO: 15, O3: 105, 'PM2.5': 70 });
    expect([b.aqi, b.primaryPollutants]).toEqual([105, ['O3']]);
  });

  it('C07: a tie makes both pollutants primary', () => {
    const r = dailyAqi('2019-01-10', { SO2: 20, NO2: 50, PM10: 250, CO: 1, O3_1h: 150, O3_8h: 120, 'PM2.5': 115 });
    expect([r.aqi, r.primaryPollutants]).toEqual([150, ['PM10', 'PM2.5']]);
  });
});

// Breakpoints as printed in HJ 633—2012 Table 1 and HJ 633—2026 Table 3 (typed in here
// independently of hj633-tables.ts, so a transcription slip there fails).
const PRINTED: Record<Hj633Version, Record<BreakpointColumn, number[]>> = {
  'HJ 633-2012': {
    SO2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
    SO2_1h: [0, 150, 500, 650, 800],
    NO2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
    NO2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
    CO_24h: [0, 2, 4, 14, 24, 36, 48, 60],
    CO_1h: [0, 5, 10, 35, 60, 90, 120, 150],
    O3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
    O3_8h: [0, 100, 160, 215, 265, 800],
    PM10_24h: [0, 50, 150, 250, 350, 420, 500, 600],
    'PM2.5_24h': [0, 35, 75, 115, 150, 250, 350, 500],
  },
  'HJ 633-2026': {
    SO2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
    SO2_1h: [0, 150, 500, 650, 800],
    NO2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
    NO2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
    CO_24h: [0, 2, 4, 14, 24, 36, 48, 60],
    CO_1h: [0, 5, 10, 35, 60, 90, 120, 150],
    O3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
    O3_8h: [0, 100, 160, 215, 265, 800],
    PM10_24h: [0, 50, 120, 250, 350, 420, 500, 600],
    'PM2.5_24h': [0, 35, 60, 115, 150, 250, 350, 500],
  },
};

describe('iaqi on the printed breakpoint tables', () => {
  for (const [version, columns] of Object.entries(PRINTED) as [Hj633Version, Record<BreakpointColumn, number[]>][]) {
    for (const [column, bps] of Object.entries(columns) as [BreakpointColumn, number[]][]) {
      it(`${version} ${column}: each breakpoint gives exactly its IAQI, just above gives one more`, () => {
        bps.forEach((bp, i) => {
          expect(iaqi(column, bp, version).value).toBe(IAQI_LEVELS[i]);
          const next = bps[i + 1];
          if (next !== undefined) {
            // A hair above a breakpoint starts the next segment: ceil gives level + 1, exactly.
            // (Unrounded concentrations, so 2026's rounding-first does not hide the hair.)
            expect(iaqi(column, bp + 0.001, version, { roundConcentration: false }).value).toBe(
              (IAQI_LEVELS[i] ?? 0) + 1,
            );
            // The segment's midpoint gives the midpoint IAQI.
            const mid = (IAQI_LEVELS[i] ?? 0) + ((IAQI_LEVELS[i + 1] ?? 0) - (IAQI_LEVELS[i] ?? 0)) / 2;
            expect(iaqi(column, (bp + next) / 2, version, { roundConcentration: false }).value).toBe(mid);
          }
        });
      });
    }
  }

  it('interpolates linearly and rounds up', () => {
    // (100−50)/(150−50)×(60−50)+50 = 55 exactly; (150−100)/(475−150)×(200−150)+100 = 107.69 → 108
    expect(iaqi('PM10_24h', 60, 'HJ 633-2012').value).toBe(55);
    expect(iaqi('SO2_24h', 200, 'HJ 633-2012').value).toBe(108);
    expect(iaqi('CO_24h', 2.1, 'HJ 633-2012').value).toBe(53);
  });

  it('is not fooled by float noise on a breakpoint (C17 float trap)', () => {
    const pm10 = ((0.1 + 0.2) / 3) * 500; // 50 in decimal, 50.00000000000001 in binary
    expect(pm10).not.toBe(50);
    expect(iaqi('PM10_24h', pm10, 'HJ 633-2012').value).toBe(50);
    const pm25 = (0.1 + 0.2) * 250; // 75.00000000000001
    expect(pm25).not.toBe(75);
    expect(iaqi('PM2.5_24h', pm25, 'HJ 633-2012').value).toBe(100);
  });

  it('SO2 1h above 800: 2012 gives no IAQI (use the 24h one), 2026 gives 200', () => {
    expect(iaqi('SO2_1h', 801, 'HJ 633-2012')).toMatchObject({ value: null, rule: 'SO2_1h>800:use-24h' });
    expect(iaqi('SO2_1h', 801, 'HJ 633-2026')).toMatchObject({ value: 200, rule: 'SO2_1h>800:fixed-200' });
    expect(iaqi('SO2_1h', 800, 'HJ 633-2012').value).toBe(200);
  });

  it('O3 8h above 800: 2012 gives no IAQI (use the 1h one), 2026 gives 300', () => {
    expect(iaqi('O3_8h', 800.5, 'HJ 633-2012')).toMatchObject({ value: null, rule: 'O3_8h>800:use-1h' });
    expect(iaqi('O3_8h', 801, 'HJ 633-2026')).toMatchObject({ value: 300, rule: 'O3_8h>800:fixed-300' });
  });

  it('above the top breakpoint: capped at 500 by default, NA on request (doubt #1)', () => {
    expect(iaqi('PM2.5_24h', 650, 'HJ 633-2012')).toMatchObject({ value: 500, rule: 'above-top-capped' });
    expect(iaqi('PM2.5_24h', 650, 'HJ 633-2026', { aboveTopBreakpoint: 'na' })).toMatchObject({
      value: null,
      rule: 'above-top-na',
    });
  });

  it('rounds concentrations first under 2026 (GB/T 8170), not under 2012 (doubt #4)', () => {
    // C06 note: PM2.5 35.5 → 51 under 2012; under 2026 35.5 → 36 → 51.25 → 52.
    expect(iaqi('PM2.5_24h', 35.5, 'HJ 633-2012')).toMatchObject({ concentration: 35.5, value: 51 });
    expect(iaqi('PM2.5_24h', 35.5, 'HJ 633-2026')).toMatchObject({ concentration: 36, value: 52 });
    // Half to even: 34.5 → 34 (IAQI 49), CO 2.05 → 2.0 (50), 2.15 → 2.2 (55).
    expect(iaqi('PM2.5_24h', 34.5, 'HJ 633-2026')).toMatchObject({ concentration: 34, value: 49 });
    expect(iaqi('CO_24h', 2.05, 'HJ 633-2026')).toMatchObject({ concentration: 2, value: 50 });
    expect(iaqi('CO_24h', 2.15, 'HJ 633-2026')).toMatchObject({ concentration: 2.2, value: 55 });
    expect(iaqi('PM2.5_24h', 35.5, 'HJ 633-2012', { roundConcentration: true }).value).toBe(52);
  });

  it('rejects negative or non-finite concentrations', () => {
    expect(() => iaqi('PM10_24h', -1, 'HJ 633-2012')).toThrow(RangeError);
    expect(() => iaqi('PM10_24h', Number.NaN, 'HJ 633-2012')).toThrow(RangeError);
  });
});

describe('version in force', () => {
  it('switches on 2026-03-01', () => {
    expect(standardVersionFor('2023-07-01')).toBe('HJ 633-2012');
    expect(standardVersionFor('2026-02-28')).toBe('HJ 633-2012');
    expect(standardVersionFor('2026-03-01')).toBe('HJ 633-2026');
    expect(dailyAqi('2026-02-28', { 'PM2.5': 75 }).standard).toBe('HJ 633-2012');
    expect(dailyAqi('2026-03-01', { 'PM2.5': 75 }).standard).toBe('HJ 633-2026');
  });

  it('rejects malformed or impossible dates', () => {
    expect(() => standardVersionFor('2026-3-1')).toThrow(RangeError);
    expect(() => standardVersionFor('2026-02-30')).toThrow(RangeError);
  });

  it('can be overridden to compare editions', () => {
    expect(
      dailyAqi('2023-01-01', { 'PM2.5': 75 }, { version: 'HJ 633-2026', incompleteData: 'max-of-available' }).aqi,
    ).toBe(114);
  });
});

describe('categories and colours (Appendix A)', () => {
  const rows: [number, string, string, string][] = [
    [0, '一级', '优', '#00E400'],
    [50, '一级', '优', '#00E400'],
    [51, '二级', '良', '#FFFF00'],
    [100, '二级', '良', '#FFFF00'],
    [101, '三级', '轻度污染', '#FF7E00'],
    [150, '三级', '轻度污染', '#FF7E00'],
    [151, '四级', '中度污染', '#FF0000'],
    [200, '四级', '中度污染', '#FF0000'],
    [201, '五级', '重度污染', '#99004C'],
    [300, '五级', '重度污染', '#99004C'],
    [301, '六级', '严重污染', '#7E0023'],
    [500, '六级', '严重污染', '#7E0023'],
  ];
  for (const version of ['HJ 633-2012', 'HJ 633-2026'] as const) {
    it(`${version} level boundaries`, () => {
      for (const [aqi, level, category, hex] of rows) {
        expect(aqiCategory(aqi, version)).toMatchObject({ level, category, hex });
      }
      expect(aqiCategory(250, version).rgb).toEqual([153, 0, 76]);
      expect(aqiCategory(10, version).colour).toBe('绿色');
    });
  }
  it('2026 table starts at 1 (AQI range 1～500)', () => {
    expect(aqiCategory(1, 'HJ 633-2026').range).toEqual([1, 50]);
    expect(aqiCategory(1, 'HJ 633-2012').range).toEqual([0, 50]);
  });
});

describe('primary, non-attainment and missing data', () => {
  it('non-attainment pollutants (IAQI > 100) exist in 2012 only (C08)', () => {
    const r12 = dailyAqi('2018-01-01', { SO2: 30, NO2: 85, PM10: 140, CO: 2.1, O3_1h: 180, O3_8h: 150, 'PM2.5': 70 });
    expect(r12.nonAttainmentPollutants).toEqual(['NO2']);
    const r26 = dailyAqi('2027-01-01', { SO2: 30, NO2: 85, PM10: 140, CO: 2.1, O3_8h: 150, 'PM2.5': 70 });
    expect(r26.nonAttainmentPollutants).toBeNull();
    expect(r26.pollutantsOver100).toEqual(['NO2', 'PM10', 'PM2.5']);
  });

  it('no primary pollutant at AQI 50 (C05), one at 51 (C06)', () => {
    const base = { SO2: 5, NO2: 20, PM10: 40, CO: 0.5, O3_1h: 60, O3_8h: 50 };
    expect(dailyAqi('2022-01-01', { ...base, 'PM2.5': 35 }).primaryPollutants).toEqual([]);
    expect(dailyAqi('2022-01-01', { ...base, 'PM2.5': 35.5 }).primaryPollutants).toEqual(['PM2.5']);
  });

  it('§5.3.1: a missing pollutant makes the AQI NA unless the rest is above 100', () => {
    const low = dailyAqi('2026-05-01', { SO2: 5, NO2: 20, PM10: 40, CO: 0.5, O3_8h: 50, 'PM2.5': null });
    expect(low).toMatchObject({ aqi: null, partialAqi: 40, category: null, complete: false, missing: ['PM2.5'] });
    const high = dailyAqi('2026-05-01', { SO2: 5, NO2: 20, PM10: 200, CO: 0.5, O3_8h: 50 });
    expect(high.aqi).toBe(131);
    expect(high.primaryPollutants).toEqual(['PM10']);
    expect(high.missing).toEqual(['PM2.5']);
    const partial = dailyAqi('2026-05-01', { SO2: 5, PM10: 40 }, { incompleteData: 'max-of-available' });
    expect(partial.aqi).toBe(40);
  });

  it('§5.3.2: a pollutant the plan does not monitor does not make the AQI NA', () => {
    const r = dailyAqi('2026-05-01', { SO2: 5, NO2: 20, PM10: 40, O3_8h: 50, 'PM2.5': 20 }, { notMonitored: ['CO'] });
    expect(r).toMatchObject({ aqi: 40, complete: true, missing: [] });
    expect(r.iaqi.CO).toBeNull();
  });

  it('2012 daily needs O3 1h; 2026 daily ignores it', () => {
    const inputs = { SO2: 5, NO2: 20, PM10: 40, CO: 0.5, O3_8h: 50, 'PM2.5': 20 };
    expect(dailyAqi('2024-05-01', inputs).missing).toEqual(['O3_1h']);
    expect(dailyAqi('2026-05-01', { ...inputs, O3_1h: 300 })).toMatchObject({ aqi: 40, ignored: ['O3_1h'] });
  });

  it('AQI 0 is kept or reported as 1 (doubt #5)', () => {
    const zero = { SO2: 0, NO2: 0, PM10: 0, CO: 0, O3_8h: 0, 'PM2.5': 0 };
    expect(dailyAqi('2026-05-01', zero).aqi).toBe(0);
    expect(dailyAqi('2026-05-01', zero, { zeroAqi: 'as-1' }).aqi).toBe(1);
    expect(dailyAqi('2026-05-01', zero).category?.category).toBe('优');
  });
});

describe('2012 real-time report', () => {
  const hour = { SO2: 900, NO2: 80, PM10: 60, CO: 1.0, O3: 120, 'PM2.5': 30 };

  it('SO2 1h > 800 takes the SO2 IAQI from the 24-hour mean (note (2))', () => {
    const r = hourlyAqi('2020-01-01', { ...hour, SO2_24h: 200 });
    expect(r.iaqi.SO2).toBe(108);
    expect(r.rules.SO2).toBe('SO2_1h>800:use-24h');
    expect(r.aqi).toBe(108);
    expect(r.ignored).toEqual([]);
  });

  it('without the 24-hour mean the SO2 IAQI is missing', () => {
    const r = hourlyAqi('2020-01-01', hour);
    expect(r).toMatchObject({ aqi: null, missing: ['SO2'] });
  });

  it('uses PM 1-hour values on the 24-hour columns by default, moving means on request (doubt #2)', () => {
    const base = { SO2: 10, NO2: 80, CO: 1.0, O3: 120, PM10: 60, 'PM2.5': 30, PM10_24h: 150, 'PM2.5_24h': 75 };
    const oneHour = hourlyAqi('2020-01-01', base);
    expect([oneHour.iaqi.PM10, oneHour.iaqi['PM2.5']]).toEqual([55, 43]);
    expect(oneHour.ignored).toEqual(['PM10_24h', 'PM2.5_24h']);
    const moving = hourlyAqi('2020-01-01', base, { pmAveraging2012: '24h-moving' });
    expect([moving.iaqi.PM10, moving.iaqi['PM2.5'], moving.aqi]).toEqual([100, 100, 100]);
  });

  it('an O3 8-hour moving mean enters the 2012 real-time AQI when given', () => {
    const r = hourlyAqi('2020-07-01', { ...hour, SO2: 10, O3_8h: 270 });
    expect(r.iaqi.O3_8h).toBe(201);
    expect([r.aqi, r.primaryPollutants, r.primaryIndicators]).toEqual([201, ['O3'], ['O3_8h']]);
  });

  it('hourly 2026 PM uses the daily column (PM2.5 1h 61 → 101)', () => {
    const r = hourlyAqi('2026-07-01', { SO2: 5, NO2: 20, PM10: 45, CO: 0.5, O3: 90, 'PM2.5': 61 });
    expect(r.iaqi['PM2.5']).toBe(101);
  });
});
