// GB 3095 daily statistics of a city-day (24-hour means, O3 daily max 1-hour and max 8-hour)
// with exactly the results of the standards module's dailyConcentrationsFromHourly, but without
// its per-value BigInt parsing: a year of two cities' hours is ~6,000 days × ~250 decimals, and
// that parsing was most of the indicator engine's cold time.
//
// Why it is exact: the standards read each value as the decimal of its 15 significant digits
// (toDecimal), sum the decimals as integers at the largest scale, and divide once with 20 extra
// digits. Here a value is read as units at scale s by checking u / 10^s === x, which holds only
// when that short decimal is what toDecimal would give (IEEE division is correctly rounded); the
// sum of such units is an exact safe integer. A mean whose decimal expansion ends within the 20
// extra digits is then one correctly rounded float division; any other mean takes the standards'
// own final step (BigInt quotient, decimal string → number). Values that are not short decimals
// (or not finite) send the whole day to the standards' functions. air-day-stats.test.ts compares
// both paths on a demo year and on edge cases.
import {
  type DailyConcentrations,
  type DailyIndicator,
  dailyConcentrationsFromHourly,
  exactMean,
  GB3095_TABLE4,
  gb3095Limit,
  HJ663_O3_MIN_VALID_WINDOWS,
} from '../standards/index.ts';

type Series = readonly (number | null)[];

export interface DayStatValidity {
  count: number;
  required: number;
  valid: boolean;
}

export interface DayStats {
  concentrations: DailyConcentrations;
  /** Per statistic, in the standards' order (SO2, NO2, PM10, CO, PM2.5, O3_1h, O3_8h). */
  validity: Partial<Record<DailyIndicator, DayStatValidity>>;
}

export interface DayHourly {
  SO2: Series;
  NO2: Series;
  PM10: Series;
  CO: Series;
  O3: Series;
  'PM2.5': Series;
}

const MAX_SCALE = 6;
const POW10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
/** |units| below this keep 15 significant digits and sum exactly (32 values stay under 2^53). */
const MAX_UNITS = 2 ** 48;

/** Scale of the short decimal toDecimal(x) gives, or -1 when x is not one (or not finite). */
function decimalScale(x: number): number {
  if (!Number.isFinite(x)) return -1;
  for (let s = 0; s <= MAX_SCALE; s++) {
    const p = POW10[s] as number;
    const u = Math.round(x * p);
    if (Math.abs(u) >= MAX_UNITS) return -1;
    if (u / p === x) return s;
  }
  return -1;
}

/** Greatest common divisor of non-negative safe integers. */
function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** Whether sum / n has a finite decimal expansion (n's reduced denominator is 2^a·5^b). */
function terminates(sum: number, n: number): boolean {
  let m = n / gcd(Math.abs(sum), n);
  while (m % 2 === 0) m /= 2;
  while (m % 5 === 0) m /= 5;
  return m === 1;
}

/**
 * exactMean(values) of the standards, same result: values[from, to) that are not null, whose
 * short-decimal scales are `scales` (from scalesOf). Undefined when the fast path cannot vouch.
 */
function meanOf(
  values: Series,
  scales: Int8Array,
  from: number,
  to: number,
): { mean: number | null; count: number } | undefined {
  let scale = 0;
  let count = 0;
  for (let i = from; i < to; i++) {
    if (values[i] === null || values[i] === undefined) continue;
    const s = scales[i] as number;
    if (s < 0) return undefined;
    if (s > scale) scale = s;
    count += 1;
  }
  if (count === 0) return { mean: null, count };
  if (count > 32) return undefined;
  const p = POW10[scale] as number;
  let sum = 0;
  for (let i = from; i < to; i++) {
    const x = values[i];
    if (x === null || x === undefined) continue;
    const u = Math.round(x * p);
    if (Math.abs(u) >= MAX_UNITS) return undefined;
    sum += u;
  }
  if (terminates(sum, count)) return { mean: sum / (count * p), count };
  // The standards' final step on the same integer sum and scale.
  const quotient = (BigInt(sum) * 10n ** 20n) / BigInt(count);
  return { mean: Number(`${quotient}e-${scale + 20}`), count };
}

/** The short-decimal scale of each value (-1: not one; 0 for a missing value, which is skipped). */
function scalesOf(values: Series): Int8Array {
  const out = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x !== null && x !== undefined) out[i] = decimalScale(x);
  }
  return out;
}

/** The day's statistics as the standards compute them, via the fast path where it applies. */
export function dayStats(date: string, hourly: DayHourly): DayStats {
  return dayStatsFast(date, hourly) ?? dayStatsByStandards(date, hourly);
}

/** The standards' own computation (the reference the fast path must equal). */
export function dayStatsByStandards(date: string, hourly: DayHourly): DayStats {
  const { concentrations, details } = dailyConcentrationsFromHourly(date, hourly);
  const validity: DayStats['validity'] = {};
  for (const [k, d] of Object.entries(details) as [
    DailyIndicator,
    { count?: number; required: number; valid: boolean; validWindows?: number },
  ][]) {
    validity[k] = { count: d.validWindows ?? d.count ?? 0, required: d.required, valid: d.valid };
  }
  return { concentrations, validity };
}

/** Null when some value needs the standards' general path. */
export function dayStatsFast(date: string, hourly: DayHourly): DayStats | null {
  for (const k of ['SO2', 'NO2', 'PM10', 'CO', 'O3', 'PM2.5'] as const) {
    if (hourly[k].length !== 24) return null; // the standards throw; let them
  }
  const concentrations: DailyConcentrations = { date };
  const validity: DayStats['validity'] = {};
  const required = GB3095_TABLE4.minHoursPerDay;
  for (const k of ['SO2', 'NO2', 'PM10', 'CO', 'PM2.5'] as const) {
    const m = meanOf(hourly[k], scalesOf(hourly[k]), 0, 24);
    if (m === undefined) return null;
    const valid = m.count >= required;
    concentrations[k] = valid ? m.mean : null;
    validity[k] = { count: m.count, required, valid };
  }

  const o3 = hourly.O3;
  const o3Scales = scalesOf(o3);
  // O3 日最大1小时平均: the max of the raw hours (no mean), valid with 20 of them.
  let present = 0;
  let max1h = Number.NEGATIVE_INFINITY;
  for (const v of o3) {
    if (v === null) continue;
    if (!Number.isFinite(v)) return null;
    present += 1;
    if (v > max1h) max1h = v;
  }
  const valid1h = present >= required;
  concentrations.O3_1h = valid1h ? max1h : null;
  validity.O3_1h = { count: present, required, valid: valid1h };

  // O3 日最大8小时平均: windows ending 08:00…24:00, each valid with 6 of its 8 hours.
  const minPerWindow = GB3095_TABLE4.minHoursPerEightHourWindow;
  let validWindows = 0;
  let max8h: number | null = null;
  for (let end = 8; end <= 24; end++) {
    const m = meanOf(o3, o3Scales, end - 8, end);
    if (m === undefined) return null;
    if (m.count < minPerWindow || m.mean === null) continue;
    validWindows += 1;
    if (max8h === null || m.mean > max8h) max8h = m.mean;
  }
  const enough = validWindows >= HJ663_O3_MIN_VALID_WINDOWS;
  const byExceedance = !enough && max8h !== null && max8h > gb3095Limit('O3', 'max8h', date, 2).value;
  const valid8h = enough || byExceedance;
  concentrations.O3_8h = valid8h ? max8h : null;
  validity.O3_8h = { count: validWindows, required: HJ663_O3_MIN_VALID_WINDOWS, valid: valid8h };
  return { concentrations, validity };
}

/** Exposed for the tests: the fast mean against the standards' exactMean. */
export function fastExactMean(values: readonly number[]): number | null {
  const m = meanOf(values, scalesOf(values), 0, values.length);
  return m === undefined ? exactMean(values) : m.mean;
}
