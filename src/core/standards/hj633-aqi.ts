// Air Quality Index by HJ 633—2012 and HJ 633—2026: IAQI per pollutant by piecewise-linear
// interpolation (formula (1)), AQI = max IAQI (formula (2)), primary pollutants, non-attainment
// pollutants (2012 only), level/category/colour. Exact arithmetic: an IAQI is rounded UP
// (2012 §6.2, 2026 §4.2.6), so a float error on an exact breakpoint would add 1.
import { ceilDiv, toDecimal, unitsAtScale } from './exact-decimal.ts';
import { roundGbt8170 } from './gbt8170-rounding.ts';
import {
  type AqiCategory,
  type BreakpointColumn,
  HJ633_BREAKPOINTS,
  HJ633_CATEGORIES,
  IAQI_LEVELS,
} from './hj633-tables.ts';
import { type Hj633Version, standardVersionFor } from './standard-versions.ts';

export type AqiPollutant = 'SO2' | 'NO2' | 'PM10' | 'CO' | 'O3' | 'PM2.5';
/** Order used for lists of pollutants (the order of the standards' tables and reports). */
export const AQI_POLLUTANTS: readonly AqiPollutant[] = ['SO2', 'NO2', 'PM10', 'CO', 'O3', 'PM2.5'];

export type IaqiRule =
  | 'interpolated'
  /** Above the top breakpoint, reported as 500 (see `aboveTopBreakpoint`). */
  | 'above-top-capped'
  /** Above the top breakpoint, not defined (see `aboveTopBreakpoint`). */
  | 'above-top-na'
  /** HJ 633—2012 Table 1 note (2): SO2 1h > 800 → no IAQI from 1h; report the 24-hour one. */
  | 'SO2_1h>800:use-24h'
  /** HJ 633—2026 Table 3 note b: SO2 1h > 800 → IAQI 200. */
  | 'SO2_1h>800:fixed-200'
  /** HJ 633—2012 Table 1 note (3): O3 8h > 800 → no IAQI from 8h; report the 1-hour one. */
  | 'O3_8h>800:use-1h'
  /** HJ 633—2026 Table 3 note c: O3 8h > 800 → IAQI 300. */
  | 'O3_8h>800:fixed-300';

export interface IaqiOptions {
  /**
   * Doubt (aqi_hj633.json #1): neither edition defines an IAQI above the top breakpoint (PM2.5 >
   * 500, PM10 > 600, SO2 24h > 2620, …). HJ 633—2026 §4.1.1 gives the AQI range as 1～500, so
   * the default caps at 500; 'na' reports no IAQI instead.
   */
  aboveTopBreakpoint?: 'cap' | 'na';
  /**
   * Doubt (aqi_hj633.json #4): HJ 633—2026 §4.2.2 rounds concentrations (GB/T 8170; integers,
   * CO one decimal) before computing IAQI; HJ 633—2012 says nothing, and the 2016 published
   * values were computed from unrounded concentrations. Default: round under 2026 only.
   */
  roundConcentration?: boolean;
}

export interface IaqiResult {
  standard: Hj633Version;
  column: BreakpointColumn;
  /** The concentration the IAQI was computed from (after rounding, when rounded). */
  concentration: number;
  /** Integer IAQI, or null when the standard gives none (see `rule`). */
  value: number | null;
  rule: IaqiRule;
}

/** Decimals of a reported concentration (HJ 633—2026 §4.2.2): CO in mg/m³ to 0.1, others integers. */
export function reportedDecimals(column: BreakpointColumn): number {
  return column.startsWith('CO') ? 1 : 0;
}

/**
 * IAQI of one concentration (μg/m³; CO mg/m³) on one breakpoint column. Segments are closed at
 * the top (BP_Lo < C ≤ BP_Hi); the function is continuous so a breakpoint gives its own IAQI.
 */
export function iaqi(
  column: BreakpointColumn,
  concentration: number,
  version: Hj633Version,
  options: IaqiOptions = {},
): IaqiResult {
  if (!Number.isFinite(concentration) || concentration < 0) {
    throw new RangeError(`浓度无效 (${column}): ${concentration}`);
  }
  const round = options.roundConcentration ?? version === 'HJ 633-2026';
  const c = round ? roundGbt8170(concentration, reportedDecimals(column)) : concentration;
  const result = (value: number | null, rule: IaqiRule): IaqiResult => ({
    standard: version,
    column,
    concentration: c,
    value,
    rule,
  });

  const bp = HJ633_BREAKPOINTS[version][column].bp;
  const top = bp[bp.length - 1] ?? 0;
  if (c > top) {
    if (column === 'SO2_1h') {
      return version === 'HJ 633-2012' ? result(null, 'SO2_1h>800:use-24h') : result(200, 'SO2_1h>800:fixed-200');
    }
    if (column === 'O3_8h') {
      return version === 'HJ 633-2012' ? result(null, 'O3_8h>800:use-1h') : result(300, 'O3_8h>800:fixed-300');
    }
    return (options.aboveTopBreakpoint ?? 'cap') === 'cap'
      ? result(IAQI_LEVELS[bp.length - 1] ?? 500, 'above-top-capped')
      : result(null, 'above-top-na');
  }
  if (c === 0) return result(0, 'interpolated');

  const hiIndex = bp.findIndex((b) => c <= b);
  const bpLo = bp[hiIndex - 1];
  const bpHi = bp[hiIndex];
  const iLo = IAQI_LEVELS[hiIndex - 1];
  const iHi = IAQI_LEVELS[hiIndex];
  if (bpLo === undefined || bpHi === undefined || iLo === undefined || iHi === undefined) {
    throw new Error(`breakpoint lookup failed for ${column} ${c}`);
  }
  // IAQI = (IAQI_Hi − IAQI_Lo)/(BP_Hi − BP_Lo) × (C − BP_Lo) + IAQI_Lo, then ⌈·⌉, exactly.
  const dc = toDecimal(c);
  const dLo = toDecimal(bpLo);
  const dHi = toDecimal(bpHi);
  const scale = Math.max(dc.scale, dLo.scale, dHi.scale);
  const lo = unitsAtScale(dLo, scale);
  const numerator = BigInt(iHi - iLo) * (unitsAtScale(dc, scale) - lo);
  const denominator = unitsAtScale(dHi, scale) - lo;
  return result(iLo + Number(ceilDiv(numerator, denominator)), 'interpolated');
}

/** Level, category, colour and advice for an AQI (or IAQI) value. */
export function aqiCategory(aqi: number, version: Hj633Version): AqiCategory {
  if (!Number.isInteger(aqi) || aqi < 0) throw new RangeError(`AQI 应为非负整数: ${aqi}`);
  const categories = HJ633_CATEGORIES[version];
  const found = categories.find((c) => c.range[1] === null || aqi <= c.range[1]);
  if (found === undefined) throw new Error('HJ 633 category table has no open top level');
  return found;
}

export interface AqiOptions extends IaqiOptions {
  /** Use this edition instead of the one in force on the date (for comparisons only). */
  version?: Hj633Version;
  /**
   * HJ 633—2026 §5.3.2: pollutants the monitoring plan does not measure and that were never the
   * primary pollutant of a 轻度污染-or-worse day in three years. They do not make the AQI NA.
   * The caller asserts those conditions.
   */
  notMonitored?: readonly AqiPollutant[];
  /**
   * HJ 633—2026 §5.3.1: with a pollutant missing or invalid, the AQI from the other pollutants
   * is published only when it is above 100, otherwise AQI is NA. HJ 633—2012's text on this was
   * not transcribed (aqi_hj633.json), so the 2026 rule is the default for both editions;
   * 'max-of-available' publishes the partial AQI regardless.
   */
  incompleteData?: 'na-unless-over-100' | 'max-of-available';
  /**
   * Doubt (aqi_hj633.json #5): AQI 0 (every concentration 0) is outside HJ 633—2026's range 1～500.
   * 'keep' reports 0, 'as-1' reports 1. Either way the category is 优.
   */
  zeroAqi?: 'keep' | 'as-1';
}

export interface AqiResult<K extends string = string> {
  standard: Hj633Version;
  report: 'daily' | 'hourly';
  /** The natural day described (for hourly reports: the day the hour, labelled by its end, belongs to). */
  date: string;
  /** Concentrations the IAQIs were computed from (rounded under HJ 633—2026). */
  concentrations: Partial<Record<K, number>>;
  /** IAQI per indicator of the report; null when missing, not monitored or not defined. */
  iaqi: Partial<Record<K, number | null>>;
  /** Which rule produced each IAQI. */
  rules: Partial<Record<K, IaqiRule>>;
  /** AQI, or null for NA (no data, or incomplete data with AQI ≤ 100 — §5.3.1). */
  aqi: number | null;
  /** Max of the IAQIs that could be computed, even when `aqi` is NA. */
  partialAqi: number | null;
  category: AqiCategory | null;
  /** AQI > 50: every pollutant whose IAQI equals the AQI (并列 when several). */
  primaryPollutants: AqiPollutant[];
  /** The indicators behind the primary pollutants (O3 has two in the 2012 daily report). */
  primaryIndicators: K[];
  /** HJ 633—2012 §3.4: pollutants with IAQI > 100. Null under 2026, which removed the concept. */
  nonAttainmentPollutants: AqiPollutant[] | null;
  /** Pollutants with IAQI > 100 (2026 Table 2 names sensitive groups for them). */
  pollutantsOver100: AqiPollutant[];
  /** Indicators the report needs that had no value. */
  missing: K[];
  complete: boolean;
  /** Input fields this edition/report does not use. */
  ignored: string[];
}

interface IndicatorDef<K extends string> {
  key: K;
  column: BreakpointColumn;
  pollutant: AqiPollutant;
  /** Input field the concentration comes from (defaults to `key`). */
  source?: string;
}

type Inputs = Readonly<Record<string, number | null | undefined>>;

function computeAqi<K extends string>(
  report: 'daily' | 'hourly',
  date: string,
  version: Hj633Version,
  defs: readonly IndicatorDef<K>[],
  inputs: Inputs,
  options: AqiOptions,
  accepted: readonly string[],
): AqiResult<K> {
  const concentrations: Partial<Record<K, number>> = {};
  const iaqis: Partial<Record<K, number | null>> = {};
  const rules: Partial<Record<K, IaqiRule>> = {};
  const missing: K[] = [];
  const notMonitored = new Set(options.notMonitored ?? []);

  for (const def of defs) {
    const value = inputs[def.source ?? def.key];
    if (value === null || value === undefined) {
      iaqis[def.key] = null;
      if (!notMonitored.has(def.pollutant)) missing.push(def.key);
      continue;
    }
    const r = iaqi(def.column, value, version, options);
    concentrations[def.key] = r.concentration;
    iaqis[def.key] = r.value;
    rules[def.key] = r.rule;
    if (r.rule === 'SO2_1h>800:use-24h') {
      // HJ 633—2012 note (2): report the SO2 IAQI from the 24-hour average instead.
      const daily = inputs.SO2_24h;
      if (daily === null || daily === undefined) {
        // Without the 24-hour mean the SO2 IAQI is unknown; `rules` says why.
        if (!notMonitored.has(def.pollutant)) missing.push(def.key);
      } else {
        iaqis[def.key] = iaqi('SO2_24h', daily, version, options).value;
      }
    }
  }

  const present = defs.filter((d) => typeof iaqis[d.key] === 'number');
  let partialAqi = present.length === 0 ? null : Math.max(...present.map((d) => iaqis[d.key] as number));
  if (partialAqi === 0 && options.zeroAqi === 'as-1') partialAqi = 1;
  const complete = missing.length === 0;
  const publish = complete || options.incompleteData === 'max-of-available' || (partialAqi ?? 0) > 100;
  const aqi = publish ? partialAqi : null;

  const primary = aqi !== null && aqi > 50 ? present.filter((d) => iaqis[d.key] === aqi) : [];
  const over100 = pollutantsOf(present.filter((d) => (iaqis[d.key] as number) > 100));
  const used = new Set<string>([...defs.map((d) => d.source ?? d.key), ...accepted]);

  return {
    standard: version,
    report,
    date,
    concentrations,
    iaqi: iaqis,
    rules,
    aqi,
    partialAqi,
    category: aqi === null ? null : aqiCategory(aqi, version),
    primaryPollutants: pollutantsOf(primary),
    primaryIndicators: primary.map((d) => d.key),
    nonAttainmentPollutants: version === 'HJ 633-2012' ? over100 : null,
    pollutantsOver100: over100,
    missing,
    complete,
    ignored: Object.keys(inputs).filter((k) => !used.has(k) && inputs[k] !== undefined),
  };
}

function pollutantsOf(defs: readonly { pollutant: AqiPollutant }[]): AqiPollutant[] {
  const set = new Set(defs.map((d) => d.pollutant));
  return AQI_POLLUTANTS.filter((p) => set.has(p));
}

/** Daily report inputs: 24-hour (日平均) means, O3 daily max 1-hour and daily max 8-hour means. */
export interface DailyAqiInputs {
  SO2?: number | null;
  NO2?: number | null;
  PM10?: number | null;
  /** mg/m³ */
  CO?: number | null;
  /** O3 日最大1小时平均 — HJ 633—2012 only (not part of the 2026 daily AQI). */
  O3_1h?: number | null;
  /** O3 日最大8小时滑动平均. */
  O3_8h?: number | null;
  'PM2.5'?: number | null;
}
export type DailyIndicator = 'SO2' | 'NO2' | 'PM10' | 'CO' | 'O3_1h' | 'O3_8h' | 'PM2.5';

const DAILY_2012: readonly IndicatorDef<DailyIndicator>[] = [
  // HJ 633—2012 §5.1.2: seven indicators; O3 enters twice (1h max and 8h max).
  { key: 'SO2', column: 'SO2_24h', pollutant: 'SO2' },
  { key: 'NO2', column: 'NO2_24h', pollutant: 'NO2' },
  { key: 'PM10', column: 'PM10_24h', pollutant: 'PM10' },
  { key: 'CO', column: 'CO_24h', pollutant: 'CO' },
  { key: 'O3_1h', column: 'O3_1h', pollutant: 'O3' },
  { key: 'O3_8h', column: 'O3_8h', pollutant: 'O3' },
  { key: 'PM2.5', column: 'PM2.5_24h', pollutant: 'PM2.5' },
];
// HJ 633—2026 §4.2.2: six indicators; O3 only as the daily max 8-hour mean.
const DAILY_2026 = DAILY_2012.filter((d) => d.key !== 'O3_1h');

/** Daily AQI (日报) for the natural day `date`, by the edition in force on that day. */
export function dailyAqi(date: string, inputs: DailyAqiInputs, options: AqiOptions = {}): AqiResult<DailyIndicator> {
  const version = options.version ?? standardVersionFor(date);
  const defs = version === 'HJ 633-2012' ? DAILY_2012 : DAILY_2026;
  return computeAqi('daily', date, version, defs, inputs as Inputs, options, []);
}

/** Real-time report inputs: 1-hour means of the hour (plus 2012-only extras). */
export interface HourlyAqiInputs {
  SO2?: number | null;
  NO2?: number | null;
  /** 1-hour mean; IAQI from the 24-hour (日平均) column. */
  PM10?: number | null;
  /** mg/m³ */
  CO?: number | null;
  O3?: number | null;
  /** 1-hour mean; IAQI from the 24-hour (日平均) column. */
  'PM2.5'?: number | null;
  /** 2012 only: O3 8-hour moving mean ending at this hour (enters the AQI when given). */
  O3_8h?: number | null;
  /** 2012 only: SO2 24-hour (moving) mean, needed when SO2 1h > 800 (note (2)). */
  SO2_24h?: number | null;
  /** 2012 only, with `pmAveraging2012: '24h-moving'`. */
  PM10_24h?: number | null;
  /** 2012 only, with `pmAveraging2012: '24h-moving'`. */
  'PM2.5_24h'?: number | null;
}
export type HourlyIndicator = 'SO2' | 'NO2' | 'PM10' | 'CO' | 'O3' | 'PM2.5' | 'O3_8h';

export interface HourlyAqiOptions extends AqiOptions {
  /**
   * Doubt (aqi_hj633.json #2): HJ 633—2012 lists both PM 1-hour and 24-hour moving means for the
   * real-time report without saying which enters the AQI; CNEMC/provincial practice used the
   * 1-hour values on the 24-hour columns (as HJ 633—2026 makes explicit). Default '1h'.
   */
  pmAveraging2012?: '1h' | '24h-moving';
}

const HOURLY_BASE: readonly IndicatorDef<HourlyIndicator>[] = [
  { key: 'SO2', column: 'SO2_1h', pollutant: 'SO2' },
  { key: 'NO2', column: 'NO2_1h', pollutant: 'NO2' },
  { key: 'PM10', column: 'PM10_24h', pollutant: 'PM10' },
  { key: 'CO', column: 'CO_1h', pollutant: 'CO' },
  { key: 'O3', column: 'O3_1h', pollutant: 'O3' },
  { key: 'PM2.5', column: 'PM2.5_24h', pollutant: 'PM2.5' },
];

/**
 * Real-time AQI (实时报) for one hour of the natural day `date`. HJ 633—2026 §4.2.3: six 1-hour
 * indicators. HJ 633—2012 §5.1.3 also lists the O3 8-hour moving mean (used when given) and PM
 * 24-hour moving means (see `pmAveraging2012`).
 */
export function hourlyAqi(
  date: string,
  inputs: HourlyAqiInputs,
  options: HourlyAqiOptions = {},
): AqiResult<HourlyIndicator> {
  const version = options.version ?? standardVersionFor(date);
  let defs = HOURLY_BASE;
  let accepted: string[] = [];
  if (version === 'HJ 633-2012') {
    if (options.pmAveraging2012 === '24h-moving') {
      defs = defs.map((d) =>
        d.key === 'PM10' ? { ...d, source: 'PM10_24h' } : d.key === 'PM2.5' ? { ...d, source: 'PM2.5_24h' } : d,
      );
    }
    if (inputs.O3_8h !== null && inputs.O3_8h !== undefined) {
      defs = [...defs, { key: 'O3_8h', column: 'O3_8h', pollutant: 'O3' }];
    }
    accepted = ['SO2_24h', 'O3_8h'];
  }
  return computeAqi('hourly', date, version, defs, inputs as Inputs, options, accepted);
}
