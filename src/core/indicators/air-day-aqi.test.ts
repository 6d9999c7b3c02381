import { describe, expect, it } from 'vitest';
import { type AqiPollutant, type DailyConcentrations, evaluateDay } from '../standards/index.ts';
import { dayAqiFast } from './air-day-aqi.ts';

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function reference(day: DailyConcentrations, notMonitored: AqiPollutant[]) {
  const e = evaluateDay(day, notMonitored.length > 0 ? { notMonitored } : {});
  return {
    standard: e.aqi.standard,
    iaqi: e.aqi.iaqi,
    aqi: e.aqi.aqi,
    category: e.aqi.category,
    primaryPollutants: e.aqi.primaryPollutants,
    missing: e.aqi.missing,
    valid: e.valid,
    good: e.good,
  };
}

/** Fast result equals evaluateDay's whenever the fast path answers; returns whether it did. */
function check(day: DailyConcentrations, notMonitored: AqiPollutant[] = []): boolean {
  const fast = dayAqiFast(day, notMonitored);
  if (fast === null) return false;
  expect(fast, JSON.stringify(day)).toEqual(reference(day, notMonitored));
  return true;
}

describe('daily AQI fast path', () => {
  it('equals evaluateDay on random days of both editions: integers, decimals, means, gaps', () => {
    const rnd = lcg(633);
    let answered = 0;
    const total = 3000;
    for (let n = 0; n < total; n++) {
      const kind = n % 3;
      const v = (max: number) => {
        if (rnd() < 0.08) return null;
        const x = rnd() * max;
        // Integers, one-decimal values, and 24-hour means such as 847/24.
        return kind === 0 ? Math.round(x) : kind === 1 ? Math.round(x * 10) / 10 : Math.round(x * 24) / 24;
      };
      const date = n % 2 === 0 ? '2023-06-01' : '2026-06-01';
      const day: DailyConcentrations = {
        date,
        SO2: v(300),
        NO2: v(300),
        PM10: v(500),
        CO: v(8),
        O3_1h: v(400),
        O3_8h: v(300),
        'PM2.5': v(300),
      };
      if (check(day, n % 5 === 0 ? ['O3'] : [])) answered += 1;
    }
    expect(answered).toBeGreaterThan(total * 0.8);
  });

  it('equals evaluateDay on breakpoints, halves, zero and over-range values (or leaves them to it)', () => {
    const bps = [0, 35, 50, 60, 75, 100, 115, 120, 150, 160, 200, 215, 250, 265, 500, 600, 800, 1600];
    for (const date of ['2023-06-01', '2026-06-01']) {
      for (const b of bps) {
        for (const x of [b, b + 0.5, b - 0.5, b + 0.05, b - 1e-9, b + 1e-9, b * 1.0000000000000002]) {
          if (x < 0) continue;
          for (const key of ['SO2', 'NO2', 'PM10', 'CO', 'O3_1h', 'O3_8h', 'PM2.5'] as const) {
            const day: DailyConcentrations = { date, SO2: 5, NO2: 5, PM10: 5, CO: 0.2, O3_1h: 5, O3_8h: 5, 'PM2.5': 5 };
            day[key] = key === 'CO' ? x / 50 : x;
            check(day);
          }
        }
      }
    }
    // An exact breakpoint on integers: PM2.5 75 → IAQI 100 exactly (not 101).
    expect(
      dayAqiFast({ date: '2023-06-01', SO2: 5, NO2: 5, PM10: 5, CO: 0.2, O3_1h: 5, O3_8h: 5, 'PM2.5': 75 }),
    ).toMatchObject({
      aqi: 100,
      primaryPollutants: ['PM2.5'],
    });
    // Over the top breakpoint (O3 8h > 800 has its own rule): left to the standards.
    expect(dayAqiFast({ date: '2023-06-01', O3_8h: 900, O3_1h: 300 })).toBeNull();
    // Invalid input: the standards throw, so the fast path does not answer.
    expect(dayAqiFast({ date: '2023-06-01', PM10: -1 })).toBeNull();
  });
});
