import { describe, expect, it } from 'vitest';
import { generateAir } from '../demo/air-quality.ts';
import { DEFAULT_DEMO_SEED } from '../demo/generate-demo-year.ts';
import { createRandom } from '../demo/random.ts';
import { type AqiPollutant, type DailyConcentrations, evaluateDay, exactMean } from '../standards/index.ts';
import { dayAqiFast } from './air-day-aqi.ts';
import { type DayHourly, dayStats, dayStatsByStandards, dayStatsFast, fastExactMean } from './air-day-stats.ts';
import { averageStations, buildCityDays, buildCityDaysFromStations, cityDayFromDaily } from './air-days.ts';

const KEYS = ['SO2', 'NO2', 'PM10', 'CO', 'O3', 'PM2.5'] as const;
const COLUMNS = { SO2: 'so2', NO2: 'no2', PM10: 'pm10', CO: 'co', O3: 'o3', 'PM2.5': 'pm25' } as const;

/** A tiny deterministic generator (the tests must not depend on Math.random). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function emptyDay(): { [K in (typeof KEYS)[number]]: (number | null)[] } {
  return {
    SO2: Array(24).fill(null),
    NO2: Array(24).fill(null),
    PM10: Array(24).fill(null),
    CO: Array(24).fill(null),
    O3: Array(24).fill(null),
    'PM2.5': Array(24).fill(null),
  };
}

function expectSame(date: string, day: DayHourly, viaDayStats = true): 'fast' | 'fallback' {
  const reference = dayStatsByStandards(date, day);
  const fast = dayStatsFast(date, day);
  if (viaDayStats) expect(dayStats(date, day)).toEqual(reference);
  if (fast === null) return 'fallback';
  expect(fast).toEqual(reference);
  // Object.is: a 24-hour mean must be the very same double, not merely close.
  for (const [k, v] of Object.entries(reference.concentrations))
    expect(Object.is(fast.concentrations[k as keyof typeof fast.concentrations], v), `${date} ${k}`).toBe(true);
  return 'fast';
}

/** The fast AQI against evaluateDay on the same concentrations: 'fast' when it vouched. */
function expectSameAqi(day: DailyConcentrations, notMonitored: AqiPollutant[] = []): 'fast' | 'fallback' {
  const e = evaluateDay(day, notMonitored.length > 0 ? { notMonitored } : {});
  const fast = dayAqiFast(day, notMonitored);
  if (fast === null) return 'fallback';
  expect(fast).toEqual({
    standard: e.aqi.standard,
    iaqi: e.aqi.iaqi,
    aqi: e.aqi.aqi,
    category: e.aqi.category,
    primaryPollutants: e.aqi.primaryPollutants,
    missing: e.aqi.missing,
    valid: e.valid,
    good: e.good,
  });
  expect(Object.keys(fast.iaqi)).toEqual(Object.keys(e.aqi.iaqi));
  return 'fast';
}

describe('daily statistics and AQI fast paths', () => {
  it("equal the standards' computation on every city-day of a demo year", () => {
    // The demo year's air exactly as generateDemoYear makes it (same seed and fork), without
    // generating the other fifteen tables.
    const air = generateAir(2023, createRandom(`${DEFAULT_DEMO_SEED}:2023:1`).fork('air'), 1);
    const days = new Map<string, { date: string; series: ReturnType<typeof emptyDay> }>();
    for (const r of air.hourly) {
      const key = `${r.city}|${r.date}`;
      let d = days.get(key);
      if (!d) {
        d = { date: r.date, series: emptyDay() };
        days.set(key, d);
      }
      for (const k of KEYS) d.series[k][r.hour - 1] = r[COLUMNS[k]];
    }
    expect(days.size).toBeGreaterThan(2900);
    let fast = 0;
    let fastAqi = 0;
    for (const d of days.values()) {
      if (expectSame(d.date, d.series, false) === 'fast') fast += 1;
      if (expectSameAqi(dayStatsByStandards(d.date, d.series).concentrations) === 'fast') fastAqi += 1;
    }
    // The demo's values are short decimals: every day's statistics take the fast path, and
    // nearly every AQI (a few land exactly on an edge and are left to the standards).
    expect(fast).toBe(days.size);
    expect(fastAqi).toBeGreaterThan(days.size * 0.95);
    // Last year's daily reports (O3 without its 1-hour maximum: not monitored).
    let reports = 0;
    for (const r of air.daily) {
      const d = cityDayFromDaily({ ...r, region: r.region_code, reportedAqi: r.reported_aqi });
      const notMonitored: AqiPollutant[] = r.o3_1h === null && r.o3_8h !== null ? ['O3'] : [];
      const day = {
        date: r.date,
        SO2: r.so2,
        NO2: r.no2,
        PM10: r.pm10,
        CO: r.co,
        O3_1h: r.o3_1h,
        O3_8h: r.o3_8h,
        'PM2.5': r.pm25,
      };
      if (expectSameAqi(day, notMonitored) === 'fast') reports += 1;
      expect(d.aqi).toBe(evaluateDay(day, notMonitored.length > 0 ? { notMonitored } : {}).aqi.aqi);
    }
    expect(reports).toBeGreaterThan(air.daily.length * 0.95);

    // The one-pass builder the engine uses equals the two-step one on the whole year.
    const stationHours = air.hourly.map((r) => ({ ...r, region: r.region_code }));
    const daily = air.daily.map((r) => ({ ...r, region: r.region_code, reportedAqi: r.reported_aqi }));
    expect(buildCityDaysFromStations(stationHours, daily)).toEqual(buildCityDays(averageStations(stationHours), daily));
  });

  it('equals them on random short decimals, gaps, 6-of-8 windows and the O3 exceedance rule', () => {
    const rnd = lcg(20231128);
    for (let n = 0; n < 400; n++) {
      const day = emptyDay();
      const gap = rnd();
      for (const k of KEYS) {
        const scale = Math.floor(rnd() * 4);
        const base = k === 'O3' && n % 7 === 0 ? 150 + rnd() * 100 : rnd() * (k === 'CO' ? 3 : 200);
        for (let h = 0; h < 24; h++) {
          if (rnd() < gap * 0.3) continue; // up to ~30 % missing: daily counts around 20, windows of 6–8
          day[k][h] = Number((base + rnd() * 40).toFixed(scale));
        }
      }
      expectSame(`2023-${String((n % 12) + 1).padStart(2, '0')}-15`, day);
      expectSame(`2026-${String((n % 12) + 1).padStart(2, '0')}-15`, day);
    }
  });

  it('falls back to the standards for values that are not short decimals', () => {
    const day = emptyDay();
    for (const k of KEYS) for (let h = 0; h < 24; h++) day[k][h] = (h + 1) / 3;
    expect(expectSame('2023-06-01', day)).toBe('fallback');
    // Station means such as (31 + 32 + 34) / 3 read as 32.3333333333333.
    for (let h = 0; h < 24; h++) day.SO2[h] = 32;
    day.PM10[5] = 97 / 3;
    expect(expectSame('2023-06-01', day)).toBe('fallback');
  });

  it("gives exactMean's result for means that end within 20 digits and for those that do not", () => {
    const rnd = lcg(7);
    const cases: number[][] = [
      [35.4, 35.4, 35.4],
      [50, 50, 50, 50, 50, 50, 50, 50],
      [0.1, 0.2],
      [1, 2, 2],
      [2.675, 2.675, 2.675, 2.676],
      [-0, 0],
      [1e-6, 3e-6, 2e-6],
    ];
    for (let n = 0; n < 2000; n++) {
      const len = 1 + Math.floor(rnd() * 24);
      const scale = Math.floor(rnd() * 7);
      cases.push(Array.from({ length: len }, () => Number((rnd() * 1000).toFixed(scale))));
    }
    for (const xs of cases) expect(Object.is(fastExactMean(xs), exactMean(xs)), xs.join(',')).toBe(true);
  });
});
