// The daily AQI of a city-day as the standards module's evaluateDay gives it (default options),
// without its BigInt decimals for every IAQI. An IAQI is ⌈slope × (C − BP_Lo)⌉ + IAQI_Lo; the
// ceiling is taken on integers when C is a short decimal (all breakpoints are integers), or on
// the float value when that is provably more than 10⁻⁶ away from an integer (the float and the
// standards' 15-digit decimal of C differ by far less). Anything else — a value on the edge, a
// concentration above the top breakpoint, a GB/T 8170 rounding that lands on a half, an invalid
// input — returns null and the caller uses evaluateDay itself. air-day-aqi.test.ts compares the
// two on a demo year and on edge cases.
import {
  type AqiCategory,
  type AqiPollutant,
  aqiCategory,
  type BreakpointColumn,
  type DailyConcentrations,
  type DailyIndicator,
  HJ633_BREAKPOINTS,
  type Hj633Version,
  IAQI_LEVELS,
  standardVersionFor,
} from '../standards/index.ts';

export interface DayAqi {
  standard: Hj633Version;
  iaqi: Partial<Record<DailyIndicator, number | null>>;
  aqi: number | null;
  category: AqiCategory | null;
  primaryPollutants: AqiPollutant[];
  missing: DailyIndicator[];
  valid: boolean;
  good: boolean | null;
}

interface Def {
  key: DailyIndicator;
  column: BreakpointColumn;
  pollutant: AqiPollutant;
}

// HJ 633—2012 §5.1.2 and HJ 633—2026 §4.2.2, in the standards' order (hj633-aqi.ts).
const DAILY_2012: readonly Def[] = [
  { key: 'SO2', column: 'SO2_24h', pollutant: 'SO2' },
  { key: 'NO2', column: 'NO2_24h', pollutant: 'NO2' },
  { key: 'PM10', column: 'PM10_24h', pollutant: 'PM10' },
  { key: 'CO', column: 'CO_24h', pollutant: 'CO' },
  { key: 'O3_1h', column: 'O3_1h', pollutant: 'O3' },
  { key: 'O3_8h', column: 'O3_8h', pollutant: 'O3' },
  { key: 'PM2.5', column: 'PM2.5_24h', pollutant: 'PM2.5' },
];
const DAILY_2026 = DAILY_2012.filter((d) => d.key !== 'O3_1h');
const POLLUTANT_ORDER: readonly AqiPollutant[] = ['SO2', 'NO2', 'PM10', 'CO', 'O3', 'PM2.5'];

const POW10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
const EDGE = 1e-6;

/** Scale (0…6) of the short decimal x is, or -1 (see air-day-stats.ts for why this is exact). */
function shortScale(x: number): number {
  for (let s = 0; s < POW10.length; s++) {
    const p = POW10[s] as number;
    const u = Math.round(x * p);
    if (Math.abs(u) >= 2 ** 40) return -1;
    if (u / p === x) return s;
  }
  return -1;
}

/** GB/T 8170 rounding to `decimals` (HJ 633—2026 §4.2.2), or undefined on a possible half. */
function roundConcentration(x: number, decimals: number): number | undefined {
  const s = shortScale(x);
  if (s >= 0 && s <= decimals) return x === 0 ? 0 : x;
  const p = POW10[decimals] as number;
  const y = x * p;
  const f = Math.floor(y);
  const frac = y - f;
  if (Math.abs(frac - 0.5) < EDGE) return undefined;
  const r = (frac > 0.5 ? f + 1 : f) / p;
  return r === 0 ? 0 : r;
}

/** The IAQI of a concentration, or undefined when the standards must decide. */
function iaqiOf(column: BreakpointColumn, value: number, version: Hj633Version): number | undefined {
  if (!Number.isFinite(value) || value < 0) return undefined;
  let c = value;
  if (version === 'HJ 633-2026') {
    const r = roundConcentration(value, column.startsWith('CO') ? 1 : 0);
    if (r === undefined) return undefined;
    c = r;
  }
  const bp = HJ633_BREAKPOINTS[version][column].bp;
  if (c > (bp[bp.length - 1] as number)) return undefined; // the over-range rules
  if (c === 0) return 0;
  let hi = 1;
  while (c > (bp[hi] as number)) hi += 1;
  const bpLo = bp[hi - 1] as number;
  const bpHi = bp[hi] as number;
  const iLo = IAQI_LEVELS[hi - 1] as number;
  const span = (IAQI_LEVELS[hi] as number) - iLo;
  const s = shortScale(c);
  if (s >= 0) {
    const p = POW10[s] as number;
    const num = span * (Math.round(c * p) - bpLo * p);
    const den = (bpHi - bpLo) * p;
    const q = Math.ceil(num / den);
    // Checked on integers (all far below 2^53): (q − 1)·den < num ≤ q·den.
    if ((q - 1) * den < num && num <= q * den) return iLo + q;
    return undefined;
  }
  const f = (span * (c - bpLo)) / (bpHi - bpLo);
  if (Math.abs(f - Math.round(f)) < EDGE) return undefined;
  return iLo + Math.ceil(f);
}

/**
 * evaluateDay(day, { notMonitored }) of the standards, the fields a city-day keeps; null when
 * the fast path cannot vouch for the result.
 */
export function dayAqiFast(day: DailyConcentrations, notMonitored: readonly AqiPollutant[] = []): DayAqi | null {
  const version = standardVersionFor(day.date);
  const defs = version === 'HJ 633-2012' ? DAILY_2012 : DAILY_2026;
  const iaqi: DayAqi['iaqi'] = {};
  const missing: DailyIndicator[] = [];
  let partial: number | null = null;
  for (const def of defs) {
    const value = day[def.key];
    if (value === null || value === undefined) {
      iaqi[def.key] = null;
      if (!notMonitored.includes(def.pollutant)) missing.push(def.key);
      continue;
    }
    const v = iaqiOf(def.column, value, version);
    if (v === undefined) return null;
    iaqi[def.key] = v;
    if (partial === null || v > partial) partial = v;
  }
  // HJ 633—2026 §5.3.1 (the standards' default for both editions): with data missing, the AQI
  // is published only above 100.
  const aqi = missing.length === 0 || (partial ?? 0) > 100 ? partial : null;
  // Pollutants in the standards' order, O3 once even when both of its indicators are primary.
  const primaryPollutants: AqiPollutant[] = [];
  if (aqi !== null && aqi > 50) {
    for (const p of POLLUTANT_ORDER) {
      for (const def of defs) {
        if (def.pollutant === p && iaqi[def.key] === aqi) {
          primaryPollutants.push(p);
          break;
        }
      }
    }
  }
  return {
    standard: version,
    iaqi,
    aqi,
    category: aqi === null ? null : aqiCategory(aqi, version),
    primaryPollutants,
    missing,
    valid: aqi !== null,
    good: aqi === null ? null : aqi <= 100,
  };
}
