// HJ 663 evaluation of ambient air quality: daily evaluation (AQI of the day by HJ 633), the
// good-days ratio (优良天数比例), and the annual evaluation of the six pollutants against GB 3095
// Class 2. HJ 663—2013 applies to periods before 2026-03-01, HJ 663—2026 after; the 2026 text was
// not available (air_gb3095.json), so its new 三年滑动平均 evaluation and 例外事件 exclusions are
// NOT implemented — results for 2026+ carry a caveat saying so.
import {
  annualMean,
  type DailyMax8hResult,
  dailyMean,
  type MeanResult,
  o3DailyMax1h,
  o3DailyMax8h,
  type PeriodMeanResult,
} from './gb3095-data-validity.ts';
import { type Gb3095Averaging, type Gb3095Limit, gb3095Limit, type ZoneClass } from './gb3095-limits.ts';
import { roundGbt8170 } from './gbt8170-rounding.ts';
import { type AqiOptions, type AqiPollutant, type AqiResult, type DailyIndicator, dailyAqi } from './hj633-aqi.ts';
import { hj663Percentile } from './hj663-percentile.ts';
import {
  assertIsoDate,
  type Gb3095Phase,
  type Hj633Version,
  type Hj663Version,
  hj663VersionFor,
} from './standard-versions.ts';

/** One day's concentrations (μg/m³, CO mg/m³); null = invalid or missing. */
export interface DailyConcentrations {
  /** YYYY-MM-DD */
  date: string;
  SO2?: number | null;
  NO2?: number | null;
  PM10?: number | null;
  CO?: number | null;
  /** O3 日最大1小时平均 (HJ 633—2012 daily AQI only). */
  O3_1h?: number | null;
  /** O3 日最大8小时平均. */
  O3_8h?: number | null;
  'PM2.5'?: number | null;
}

/** Hourly series of one natural day, 24 values each (hours ending 01:00…24:00), null = missing. */
export interface DailyHourlySeries {
  SO2?: readonly (number | null)[];
  NO2?: readonly (number | null)[];
  PM10?: readonly (number | null)[];
  CO?: readonly (number | null)[];
  O3?: readonly (number | null)[];
  'PM2.5'?: readonly (number | null)[];
}

export interface DailyFromHourly {
  concentrations: DailyConcentrations;
  details: {
    SO2?: MeanResult;
    NO2?: MeanResult;
    PM10?: MeanResult;
    CO?: MeanResult;
    'PM2.5'?: MeanResult;
    O3_1h?: MeanResult;
    O3_8h?: DailyMax8hResult;
  };
}

/**
 * A day's concentrations from its hourly data by GB 3095 Table 4 / HJ 663 §6.1.2: 24-hour means
 * (≥ 20 hours), O3 daily max 1-hour and daily max 8-hour means. Invalid statistics become null.
 */
export function dailyConcentrationsFromHourly(date: string, hourly: DailyHourlySeries): DailyFromHourly {
  const concentrations: DailyConcentrations = { date };
  const details: DailyFromHourly['details'] = {};
  for (const p of ['SO2', 'NO2', 'PM10', 'CO', 'PM2.5'] as const) {
    const series = hourly[p];
    if (series === undefined) continue;
    const r = dailyMean(date, series);
    details[p] = r;
    concentrations[p] = r.value;
  }
  if (hourly.O3 !== undefined) {
    details.O3_1h = o3DailyMax1h(date, hourly.O3);
    details.O3_8h = o3DailyMax8h(date, hourly.O3);
    concentrations.O3_1h = details.O3_1h.value;
    concentrations.O3_8h = details.O3_8h.value;
  }
  return { concentrations, details };
}

export interface DayEvaluation {
  date: string;
  standard: Hj663Version;
  aqi: AqiResult<DailyIndicator>;
  /** A day counts when its AQI is published (not NA — HJ 633—2026 §5.3.1). */
  valid: boolean;
  /** 优良天: valid and AQI ≤ 100; null for an invalid day. */
  good: boolean | null;
}

/** Daily evaluation: the day's AQI by the HJ 633 edition in force that day, and whether it is 优良. */
export function evaluateDay(day: DailyConcentrations, options: AqiOptions = {}): DayEvaluation {
  const { date, ...inputs } = day;
  const aqi = dailyAqi(date, inputs, options);
  const valid = aqi.aqi !== null;
  return { date, standard: hj663VersionFor(date), aqi, valid, good: valid ? (aqi.aqi as number) <= 100 : null };
}

export interface GoodDaysRatio {
  /** HJ 663 edition of the period's last day. */
  standard: Hj663Version;
  /** HJ 633 editions the daily AQIs were computed with. */
  aqiStandards: Hj633Version[];
  goodDays: number;
  validDays: number;
  invalidDays: number;
  totalDays: number;
  /** goodDays / denominator (0…1), null without a valid day. Not rounded. */
  ratio: number | null;
  /** ratio × 100, not rounded (round for display as the report requires). */
  percent: number | null;
}

/**
 * 优良天数比例 = 优良天数 / 有效监测天数 × 100 %. Doubt (air_gb3095.json): the denominator comes
 * from CNEMC practice, not a verified clause — `denominator: 'all-days'` counts invalid days too.
 * Sand/dust days are kept (CNEMC: 优良天数比例保留沙尘).
 */
export function goodDaysRatio(
  days: readonly DayEvaluation[],
  options: { denominator?: 'valid-days' | 'all-days' } = {},
): GoodDaysRatio {
  const seen = new Set<string>();
  for (const d of days) {
    if (seen.has(d.date)) throw new RangeError(`日期重复: ${d.date}`);
    seen.add(d.date);
  }
  const goodDays = days.filter((d) => d.good === true).length;
  const validDays = days.filter((d) => d.valid).length;
  const denominator = options.denominator === 'all-days' ? days.length : validDays;
  const ratio = denominator === 0 ? null : goodDays / denominator;
  const last = [...seen].sort().at(-1);
  return {
    standard: last === undefined ? 'HJ 663-2013' : hj663VersionFor(last),
    aqiStandards: [...new Set(days.map((d) => d.aqi.standard))].sort(),
    goodDays,
    validDays,
    invalidDays: days.length - validDays,
    totalDays: days.length,
    ratio,
    percent: ratio === null ? null : ratio * 100,
  };
}

export type AnnualStatistic = 'annual_mean' | 'p98_24h' | 'p95_24h' | 'p90_max8h';

interface StatisticSpec {
  statistic: AnnualStatistic;
  /** Percentile in percent, for percentile statistics. */
  percentile?: number;
  /** Field of DailyConcentrations the daily values come from. */
  source: 'SO2' | 'NO2' | 'PM10' | 'CO' | 'O3_8h' | 'PM2.5';
  /** GB 3095 averaging time of the limit it is compared with. */
  averaging: Gb3095Averaging;
}

/**
 * HJ 663 annual evaluation items (air_gb3095.json evaluation_HJ663.annual_evaluation_items):
 * SO2/NO2 年平均 + 24h 第98百分位数; PM10/PM2.5 年平均 + 24h 第95百分位数; CO 24h 第95百分位数;
 * O3 日最大8小时平均 第90百分位数.
 */
export const HJ663_ANNUAL_ITEMS: Readonly<Record<AqiPollutant, readonly StatisticSpec[]>> = {
  SO2: [
    { statistic: 'annual_mean', source: 'SO2', averaging: 'annual' },
    { statistic: 'p98_24h', percentile: 98, source: 'SO2', averaging: '24h' },
  ],
  NO2: [
    { statistic: 'annual_mean', source: 'NO2', averaging: 'annual' },
    { statistic: 'p98_24h', percentile: 98, source: 'NO2', averaging: '24h' },
  ],
  PM10: [
    { statistic: 'annual_mean', source: 'PM10', averaging: 'annual' },
    { statistic: 'p95_24h', percentile: 95, source: 'PM10', averaging: '24h' },
  ],
  CO: [{ statistic: 'p95_24h', percentile: 95, source: 'CO', averaging: '24h' }],
  O3: [{ statistic: 'p90_max8h', percentile: 90, source: 'O3_8h', averaging: 'max8h' }],
  'PM2.5': [
    { statistic: 'annual_mean', source: 'PM2.5', averaging: 'annual' },
    { statistic: 'p95_24h', percentile: 95, source: 'PM2.5', averaging: '24h' },
  ],
};

export interface AnnualEvaluationOptions {
  /** GB 3095 functional zone class of the limits (2 = 二类区, a prefecture's urban area). */
  zoneClass?: ZoneClass;
  /**
   * Day whose GB 3095 edition/phase gives the limits. Default: the year's last day, i.e. the
   * edition in force at the end of the evaluation period (a choice: the standards do not say how
   * to evaluate a year that straddles 2026-03-01).
   */
  limitsDate?: string;
  /**
   * Round statistics before comparing (GB/T 8170; μg/m³ integers, CO one decimal). Doubt
   * (air_gb3095.json): the exact HJ 663 rounding tables were not read; default true.
   */
  roundStatistics?: boolean;
  /** Table 4 annual rule also needs ≥ 27 values per month (25 in Feb); default true. */
  requireMonthlyMinimum?: boolean;
  /**
   * Doubt: the minimum data for a percentile (and for CO/O3, which Table 4 gives no annual rule)
   * was not transcribed. 'table4-annual' (default) applies the annual rule (324 days, monthly
   * minimums) to every statistic; 'none' computes percentiles from whatever days there are.
   */
  percentileValidity?: 'table4-annual' | 'none';
  /**
   * Dates whose PM10/PM2.5 values are left out of the annual PM statistics (CNEMC practice:
   * PM concentrations 扣除沙尘). Empty by default.
   */
  excludeFromPm?: readonly string[];
}

export interface StatisticResult {
  statistic: AnnualStatistic;
  percentile: number | null;
  /** The statistic as compared (rounded unless `roundStatistics: false`); null when invalid. */
  value: number | null;
  /** Unrounded statistic of whatever data there are. */
  rawValue: number | null;
  count: number;
  valid: boolean;
  problems: string[];
  limit: Gb3095Limit;
  /** 超标倍数 (C − S)/S, only when C > S. */
  exceedanceMultiple: number | null;
  /** null when the statistic is invalid. */
  attains: boolean | null;
}

export interface PollutantAnnualResult {
  pollutant: AqiPollutant;
  unit: 'μg/m³' | 'mg/m³';
  statistics: StatisticResult[];
  /** All statistics meet their limits; false if any exceeds; null if undecided for lack of data. */
  attains: boolean | null;
}

export interface AnnualEvaluation {
  year: number;
  standard: { evaluation: Hj663Version; limits: Gb3095Phase };
  pollutants: Record<AqiPollutant, PollutantAnnualResult>;
  /** 综合评价: all six attain. false if any fails; null if none fails but some is undecided. */
  attains: boolean | null;
  nonAttainingPollutants: AqiPollutant[];
  caveats: string[];
}

function sourceOf(specs: readonly StatisticSpec[]): StatisticSpec['source'] {
  const source = specs[0]?.source;
  if (source === undefined) throw new Error('HJ 663 annual item without statistics');
  return source;
}

function combine(values: readonly (boolean | null)[]): boolean | null {
  if (values.some((v) => v === false)) return false;
  return values.some((v) => v === null) ? null : true;
}

/** Annual evaluation of one calendar year against GB 3095 (Class 2 by default). */
export function annualEvaluation(
  year: number,
  days: readonly DailyConcentrations[],
  options: AnnualEvaluationOptions = {},
): AnnualEvaluation {
  if (!Number.isInteger(year)) throw new RangeError(`年份无效: ${year}`);
  const seen = new Set<string>();
  for (const d of days) {
    assertIsoDate(d.date);
    if (seen.has(d.date)) throw new RangeError(`日期重复: ${d.date}`);
    seen.add(d.date);
  }
  const inYear = days.filter((d) => d.date.startsWith(`${year}-`));
  const limitsDate = options.limitsDate ?? `${year}-12-31`;
  const dust = new Set(options.excludeFromPm ?? []);
  const round = options.roundStatistics ?? true;

  const pollutants = {} as Record<AqiPollutant, PollutantAnnualResult>;
  for (const [pollutant, specs] of Object.entries(HJ663_ANNUAL_ITEMS) as [AqiPollutant, readonly StatisticSpec[]][]) {
    const isPm = pollutant === 'PM10' || pollutant === 'PM2.5';
    const series = inYear.map((d) => ({
      date: d.date,
      value: isPm && dust.has(d.date) ? null : (d[sourceOf(specs)] ?? null),
    }));
    const validity: PeriodMeanResult = annualMean(year, series, {
      pollutant,
      requireMonthlyMinimum: options.requireMonthlyMinimum ?? true,
    });
    const values = series.map((s) => s.value).filter((v): v is number => v !== null);
    const statistics = specs.map((spec): StatisticResult => {
      const limit = gb3095Limit(pollutant, spec.averaging, limitsDate, options.zoneClass ?? 2);
      const isPercentile = spec.percentile !== undefined;
      const rawValue =
        values.length === 0
          ? null
          : isPercentile
            ? hj663Percentile(values, spec.percentile as number)
            : validity.meanOfAvailable;
      const checked = !isPercentile || (options.percentileValidity ?? 'table4-annual') === 'table4-annual';
      const valid = rawValue !== null && (!checked || validity.valid);
      const rounded = rawValue === null ? null : round ? roundGbt8170(rawValue, pollutant === 'CO' ? 1 : 0) : rawValue;
      const value = valid ? rounded : null;
      return {
        statistic: spec.statistic,
        percentile: spec.percentile ?? null,
        value,
        rawValue,
        count: values.length,
        valid,
        problems: checked ? validity.problems : [],
        limit,
        exceedanceMultiple: value !== null && value > limit.value ? (value - limit.value) / limit.value : null,
        attains: value === null ? null : value <= limit.value,
      };
    });
    pollutants[pollutant] = {
      pollutant,
      unit: pollutant === 'CO' ? 'mg/m³' : 'μg/m³',
      statistics,
      attains: combine(statistics.map((s) => s.attains)),
    };
  }

  const evaluation = hj663VersionFor(`${year}-12-31`);
  const caveats =
    evaluation === 'HJ 663-2026' ? ['HJ 663—2026 的三年滑动平均评价和例外事件扣除未实现 (标准文本未获取)'] : [];
  const all = Object.values(pollutants);
  return {
    year,
    standard: { evaluation, limits: gb3095Limit('PM2.5', 'annual', limitsDate).standard },
    pollutants,
    attains: combine(all.map((p) => p.attains)),
    nonAttainingPollutants: all.filter((p) => p.attains === false).map((p) => p.pollutant),
    caveats,
  };
}
