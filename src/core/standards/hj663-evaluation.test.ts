import { describe, expect, it } from 'vitest';
import {
  annualEvaluation,
  type DailyConcentrations,
  dailyConcentrationsFromHourly,
  evaluateDay,
  goodDaysRatio,
} from './hj663-evaluation.ts';

const CLEAN = { SO2: 10, NO2: 30, PM10: 60, CO: 0.8, O3_1h: 120, O3_8h: 100, 'PM2.5': 30 };

describe('daily evaluation', () => {
  it('a good day has AQI ≤ 100 (C01: AQI 100 is still 良)', () => {
    const d = evaluateDay({ date: '2023-03-01', ...CLEAN, 'PM2.5': 75 });
    expect(d).toMatchObject({ date: '2023-03-01', standard: 'HJ 663-2013', valid: true, good: true });
    expect(d.aqi.aqi).toBe(100);
    expect(d.aqi.standard).toBe('HJ 633-2012');
  });

  it('the same concentrations on 2026-03-01 give 114, not good (C02)', () => {
    const d = evaluateDay({ date: '2026-03-01', ...CLEAN, 'PM2.5': 75 });
    expect(d).toMatchObject({ standard: 'HJ 663-2026', valid: true, good: false });
    expect(d.aqi.aqi).toBe(114);
  });

  it('a day with AQI NA (missing pollutant, rest ≤ 100) is invalid', () => {
    const d = evaluateDay({ date: '2023-03-02', ...CLEAN, 'PM2.5': null });
    expect(d).toMatchObject({ valid: false, good: null });
    const polluted = evaluateDay({ date: '2023-03-02', ...CLEAN, PM10: 300, 'PM2.5': null });
    expect(polluted).toMatchObject({ valid: true, good: false });
  });
});

describe('good-days ratio', () => {
  const days = [
    evaluateDay({ date: '2023-01-01', ...CLEAN }),
    evaluateDay({ date: '2023-01-02', ...CLEAN, 'PM2.5': 80 }),
    evaluateDay({ date: '2023-01-03', ...CLEAN, 'PM2.5': null }),
    evaluateDay({ date: '2023-01-04', ...CLEAN, 'PM2.5': 50 }),
  ];

  it('is good days over valid days', () => {
    expect(goodDaysRatio(days)).toEqual({
      standard: 'HJ 663-2013',
      aqiStandards: ['HJ 633-2012'],
      goodDays: 2,
      validDays: 3,
      invalidDays: 1,
      totalDays: 4,
      ratio: 2 / 3,
      percent: (2 / 3) * 100,
    });
  });

  it('over all days on request; null without valid days; rejects duplicates', () => {
    expect(goodDaysRatio(days, { denominator: 'all-days' }).ratio).toBe(0.5);
    expect(goodDaysRatio([days[2]!]).ratio).toBeNull();
    expect(() => goodDaysRatio([days[0]!, days[0]!])).toThrow(RangeError);
  });

  it('a period across 2026-03-01 names both AQI editions', () => {
    const r = goodDaysRatio([
      evaluateDay({ date: '2026-02-28', ...CLEAN }),
      evaluateDay({ date: '2026-03-01', ...CLEAN }),
    ]);
    expect(r.aqiStandards).toEqual(['HJ 633-2012', 'HJ 633-2026']);
    expect(r.standard).toBe('HJ 663-2026');
  });
});

describe('daily concentrations from hourly data', () => {
  it('applies the Table 4 rules per pollutant', () => {
    const hours = (v: number | null, missing = 0) => Array.from({ length: 24 }, (_, i) => (i < missing ? null : v));
    const r = dailyConcentrationsFromHourly('2023-05-01', {
      SO2: hours(10),
      NO2: hours(30, 5), // 19 hours: invalid
      O3: Array.from({ length: 24 }, (_, i) => (i + 1) * 5),
      CO: hours(0.8),
    });
    expect(r.concentrations).toEqual({ date: '2023-05-01', SO2: 10, NO2: null, CO: 0.8, O3_1h: 120, O3_8h: 102.5 });
    expect(r.details.NO2).toMatchObject({ valid: false, count: 19 });
  });
});

/** A year of identical days, with `patch` applied per date. */
function yearOf(
  y: number,
  base: Omit<DailyConcentrations, 'date'>,
  patch?: (date: string, i: number) => Partial<DailyConcentrations>,
) {
  const days: DailyConcentrations[] = [];
  for (let t = Date.UTC(y, 0, 1), i = 0; new Date(t).getUTCFullYear() === y; t += 86_400_000, i++) {
    const date = new Date(t).toISOString().slice(0, 10);
    days.push({ date, ...base, ...(patch?.(date, i) ?? {}) });
  }
  return days;
}

describe('annual evaluation', () => {
  it('compares annual means and percentiles with GB 3095 Class 2', () => {
    // PM2.5 = 20 every day except 19 days at 100: mean = (346×20 + 19×100)/365 = 24.16 → 24;
    // p95: k = 1 + 364 × 0.95 = 346.8 → sorted X(346) = 20, X(347) = 100 → 20 + 80 × 0.8 = 84 > 75.
    const days = yearOf(2023, { SO2: 8, NO2: 25, PM10: 50, CO: 0.7, O3_8h: 120, 'PM2.5': 20 }, (_, i) =>
      i < 19 ? { 'PM2.5': 100 } : {},
    );
    const r = annualEvaluation(2023, days);
    expect(r.standard).toEqual({ evaluation: 'HJ 663-2013', limits: 'GB 3095-2012' });
    const pm = r.pollutants['PM2.5'];
    expect(pm.statistics.map((s) => [s.statistic, s.value, s.limit.value, s.attains])).toEqual([
      ['annual_mean', 24, 35, true],
      ['p95_24h', 84, 75, false],
    ]);
    expect(pm.statistics[1]?.exceedanceMultiple).toBeCloseTo(0.12, 10);
    expect(pm.attains).toBe(false);
    expect(r.pollutants.SO2.statistics.map((s) => s.statistic)).toEqual(['annual_mean', 'p98_24h']);
    expect(r.pollutants.CO.statistics.map((s) => [s.statistic, s.value, s.limit.value])).toEqual([['p95_24h', 0.7, 4]]);
    expect(r.pollutants.O3.statistics.map((s) => [s.statistic, s.value, s.limit.value])).toEqual([
      ['p90_max8h', 120, 160],
    ]);
    expect(r.attains).toBe(false);
    expect(r.nonAttainingPollutants).toEqual(['PM2.5']);
    expect(r.caveats).toEqual([]);
  });

  it('rounds statistics by GB/T 8170 before comparing (35.5 → 36 fails, 35.4 → 35 attains)', () => {
    const at = (v: number) =>
      annualEvaluation(2023, yearOf(2023, { SO2: 8, NO2: 25, PM10: 50, CO: 0.7, O3_8h: 120, 'PM2.5': v })).pollutants[
        'PM2.5'
      ].statistics[0];
    expect(at(35.4)).toMatchObject({ value: 35, rawValue: 35.4, attains: true });
    expect(at(35.5)).toMatchObject({ value: 36, attains: false });
    expect(at(34.5)).toMatchObject({ value: 34, attains: true }); // half to even
  });

  it('all six attaining gives overall attainment', () => {
    const r = annualEvaluation(2023, yearOf(2023, { SO2: 8, NO2: 25, PM10: 50, CO: 0.7, O3_8h: 120, 'PM2.5': 30 }));
    expect(r.attains).toBe(true);
    expect(r.nonAttainingPollutants).toEqual([]);
  });

  it('too few days leaves the result undecided, not attained', () => {
    const r = annualEvaluation(
      2023,
      yearOf(2023, { SO2: 8, NO2: 25, PM10: 50, CO: 0.7, O3_8h: 120, 'PM2.5': 30 }, (d) =>
        d.startsWith('2023-07-') ? { 'PM2.5': null } : {},
      ),
    );
    expect(r.pollutants['PM2.5'].attains).toBeNull();
    expect(r.pollutants['PM2.5'].statistics[0]?.problems).toEqual(['7月有效日均值 0 个, 少于 27 个']);
    expect(r.attains).toBeNull();
    const lenient = annualEvaluation(
      2023,
      yearOf(2023, { SO2: 8, NO2: 25, PM10: 50, CO: 0.7, O3_8h: 120, 'PM2.5': 30 }, (d) =>
        d.startsWith('2023-07-') ? { 'PM2.5': null } : {},
      ),
      { requireMonthlyMinimum: false },
    );
    expect(lenient.attains).toBe(true);
  });

  it('2026 and later use GB 3095—2026 limits and carry the HJ 663—2026 caveat', () => {
    const r = annualEvaluation(2027, yearOf(2027, { SO2: 8, NO2: 25, PM10: 55, CO: 0.7, O3_8h: 120, 'PM2.5': 32 }));
    expect(r.standard).toEqual({ evaluation: 'HJ 663-2026', limits: 'GB 3095-2026 过渡阶段' });
    expect(r.pollutants['PM2.5'].statistics[0]).toMatchObject({ value: 32, attains: false });
    expect(r.pollutants['PM2.5'].statistics[0]?.limit.value).toBe(30);
    expect(r.caveats).toHaveLength(1);
  });

  it('dust days can be left out of PM statistics only', () => {
    const days = yearOf(2023, { SO2: 8, NO2: 25, PM10: 50, CO: 0.7, O3_8h: 120, 'PM2.5': 30 }, (_, i) =>
      i < 30 ? { PM10: 400, 'PM2.5': 30 } : {},
    );
    const dusty = days.slice(0, 3).map((d) => d.date);
    const r = annualEvaluation(2023, days, { excludeFromPm: dusty, requireMonthlyMinimum: false });
    expect(r.pollutants.PM10.statistics[0]?.count).toBe(362);
  });
});
