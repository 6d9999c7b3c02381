// GB 3095 Table 4 minimum data for a valid statistic (identical in GB 3095—2012 and GB 3095—2026:
// "任何情况下，有效的污染物浓度数据均应符合表4中的最低要求，否则应视为无效数据") and the O3
// daily-maximum-8-hour rule of HJ 663 §6.1.2. Hourly data are labelled by the END of the hour,
// so a natural day is hours 1…24 (ending 01:00 … 24:00); arrays here are indexed 0…23 for them.
// Missing or invalid hours are null.
import { exactMean } from './exact-decimal.ts';
import { gb3095Limit } from './gb3095-limits.ts';
import {
  assertIsoDate,
  type Gb3095Version,
  gb3095VersionFor,
  type Hj663Version,
  hj663VersionFor,
} from './standard-versions.ts';

/** GB 3095 Table 4 (both editions). */
export const GB3095_TABLE4 = {
  /** 1小时平均 (SO2, NO2, CO, O3, NOx): at least 45 minutes of sampling in the hour. */
  minMinutesPerHour: 45,
  /** 24小时平均 (SO2, NO2, CO, PM10, PM2.5, NOx): at least 20 hourly means per day. */
  minHoursPerDay: 20,
  /** 8小时平均 (O3): at least 6 hourly means in each 8 hours. */
  minHoursPerEightHourWindow: 6,
  /** 年平均 (SO2, NO2, PM10, PM2.5, NOx): 324 daily means a year, 27 a month, 25 in February. */
  gasesAndPm: { minDaysPerYear: 324, minDaysPerMonth: 27, minDaysFebruary: 25 },
  /** 年平均 (TSP, BaP, Pb): 60 evenly spread daily means a year, 5 a month. */
  tspBapPb: { minDaysPerYear: 60, minDaysPerMonth: 5, minDaysFebruary: 5 },
  /** 季平均 (Pb): 15 evenly spread daily means a quarter, 5 a month. */
  pbQuarter: { minDaysPerQuarter: 15, minDaysPerMonth: 5 },
  /** 24小时平均 (TSP, BaP, Pb): 24 hours of sampling. */
  tspBapPbSamplingHoursPerDay: 24,
} as const;

/**
 * HJ 663—2013 §6.1.2 (kept in HJ 663—2026 per air_gb3095.json): a daily max 8-hour O3 mean needs
 * at least 14 valid 8-hour means among the 17 windows ending 08:00…24:00.
 */
export const HJ663_O3_MIN_VALID_WINDOWS = 14;

export interface MeanResult<U extends number = number> {
  standard: Gb3095Version;
  /** The mean when the data suffice, else null. */
  value: U | null;
  /** Mean of whatever values there are (null if none), for display of invalid results. */
  meanOfAvailable: U | null;
  valid: boolean;
  count: number;
  required: number;
}

function mean<U extends number>(values: readonly (U | null)[]): { mean: U | null; count: number } {
  const present = values.filter((v): v is U => v !== null);
  for (const v of present) if (!Number.isFinite(v)) throw new RangeError(`浓度无效: ${v}`);
  return { mean: exactMean(present) as U | null, count: present.length };
}

function assertDay<U>(hourly: readonly (U | null)[]): void {
  if (hourly.length !== 24) throw new RangeError(`一个自然日应有24个小时值(缺测为 null), 实际 ${hourly.length} 个`);
}

/** 24-hour (日平均) mean of the day's 24 hourly values: valid with ≥ 20 of them (Table 4). */
export function dailyMean<U extends number>(
  date: string,
  hourly: readonly (U | null)[],
  options: { minHours?: number } = {},
): MeanResult<U> {
  assertDay(hourly);
  const required = options.minHours ?? GB3095_TABLE4.minHoursPerDay;
  const { mean: m, count } = mean(hourly);
  const valid = count >= required;
  return { standard: gb3095VersionFor(date), value: valid ? m : null, meanOfAvailable: m, valid, count, required };
}

export interface EightHourMean<U extends number = number> {
  /** Hour (1…24, labelled by its end) the window ends with; the window is hours end−7…end. */
  endHour: number;
  value: U | null;
  meanOfAvailable: U | null;
  valid: boolean;
  count: number;
}

function windowMean<U extends number>(
  window: readonly (U | null)[],
  endHour: number,
  minHours: number,
): EightHourMean<U> {
  const { mean: m, count } = mean(window);
  const valid = count >= minHours;
  return { endHour, value: valid ? m : null, meanOfAvailable: m, valid, count };
}

/**
 * The 17 O3 8-hour means of a natural day, windows ending 08:00…24:00 (GB 3095 §3 日最大8小时
 * 平均 "一个自然日内8小时滑动平均的最大值"; air_gb3095.json formula t = 8…24). Each window
 * averages its available hours and is valid with ≥ 6 of 8 (Table 4).
 */
export function o3EightHourMeans<U extends number>(
  date: string,
  hourly: readonly (U | null)[],
  options: { minHoursPerWindow?: number } = {},
): { standard: Gb3095Version; windows: EightHourMean<U>[] } {
  assertDay(hourly);
  const min = options.minHoursPerWindow ?? GB3095_TABLE4.minHoursPerEightHourWindow;
  const windows: EightHourMean<U>[] = [];
  for (let end = 8; end <= 24; end++) windows.push(windowMean(hourly.slice(end - 8, end), end, min));
  return { standard: gb3095VersionFor(date), windows };
}

/**
 * 8-hour moving means over a continuous hourly series (e.g. for a real-time report): entry i is
 * the window ending with series[i]; the first seven entries have no full window and are null.
 */
export function o3MovingEightHourMeans<U extends number>(
  date: string,
  series: readonly (U | null)[],
  options: { minHoursPerWindow?: number } = {},
): { standard: Gb3095Version; means: (U | null)[] } {
  const min = options.minHoursPerWindow ?? GB3095_TABLE4.minHoursPerEightHourWindow;
  const means = series.map((_, i) => (i < 7 ? null : windowMean(series.slice(i - 7, i + 1), i + 1, min).value));
  return { standard: gb3095VersionFor(date), means };
}

export interface DailyMax8hResult<U extends number = number> {
  standard: Gb3095Version;
  evaluationStandard: Hj663Version;
  /** The daily max 8-hour mean when valid, else null. */
  value: U | null;
  /** Max over the valid windows (null if none is valid). */
  maxOfValidWindows: U | null;
  valid: boolean;
  /** Valid only through the exceedance rule (fewer than 14 windows but max above the limit). */
  validByExceedance: boolean;
  validWindows: number;
  required: number;
  windows: EightHourMean<U>[];
}

/**
 * O3 日最大8小时平均: max of the day's valid 8-hour means (windows ending 08:00…24:00). HJ 663
 * §6.1.2: valid with ≥ 14 valid windows; with fewer it still counts when the max exceeds the
 * concentration limit. Doubt (air_gb3095.json): "the limit" is read as GB 3095 Class 2 O3 8-hour
 * (160 μg/m³ in every edition and phase) — `exceedanceLimit` overrides it.
 */
export function o3DailyMax8h<U extends number>(
  date: string,
  hourly: readonly (U | null)[],
  options: { minValidWindows?: number; minHoursPerWindow?: number; exceedanceLimit?: number } = {},
): DailyMax8hResult<U> {
  const { standard, windows } = o3EightHourMeans(date, hourly, options);
  const required = options.minValidWindows ?? HJ663_O3_MIN_VALID_WINDOWS;
  const valids = windows.filter((w) => w.value !== null).map((w) => w.value as U);
  const max = valids.length === 0 ? null : (Math.max(...valids) as U);
  const limit = options.exceedanceLimit ?? gb3095Limit('O3', 'max8h', date, 2).value;
  const enough = valids.length >= required;
  const validByExceedance = !enough && max !== null && max > limit;
  const valid = enough || validByExceedance;
  return {
    standard,
    evaluationStandard: hj663VersionFor(date),
    value: valid ? max : null,
    maxOfValidWindows: max,
    valid,
    validByExceedance,
    validWindows: valids.length,
    required,
    windows,
  };
}

/**
 * O3 日最大1小时平均 (HJ 633—2012 daily report). No minimum is given in the transcribed tables;
 * by assumption the default asks for the 24-hour rule's 20 hours — `minHours` overrides it.
 */
export function o3DailyMax1h<U extends number>(
  date: string,
  hourly: readonly (U | null)[],
  options: { minHours?: number } = {},
): MeanResult<U> {
  assertDay(hourly);
  const present = hourly.filter((v): v is U => v !== null);
  const required = options.minHours ?? GB3095_TABLE4.minHoursPerDay;
  const max = present.length === 0 ? null : (Math.max(...present) as U);
  const valid = present.length >= required;
  return {
    standard: gb3095VersionFor(date),
    value: valid ? max : null,
    meanOfAvailable: max,
    valid,
    count: present.length,
    required,
  };
}

export interface DatedValue<U extends number = number> {
  /** YYYY-MM-DD */
  date: string;
  value: U | null;
}

export type PeriodRuleGroup = 'gasesAndPm' | 'tspBapPb';

export interface PeriodMeanResult<U extends number = number> extends MeanResult<U> {
  /** Valid daily values per calendar month of the period, with the month's minimum. */
  months: { month: number; count: number; required: number; ok: boolean }[];
  /** Why the mean is invalid, in Chinese, one line per unmet requirement. */
  problems: string[];
}

function ruleGroupOf(pollutant: string): PeriodRuleGroup {
  return pollutant === 'TSP' || pollutant === 'BaP' || pollutant === 'Pb' ? 'tspBapPb' : 'gasesAndPm';
}

function dailyValuesIn<U extends number>(daily: readonly DatedValue<U>[], prefix: string): Map<string, U | null> {
  const byDate = new Map<string, U | null>();
  for (const d of daily) {
    assertIsoDate(d.date);
    if (byDate.has(d.date)) throw new RangeError(`日期重复: ${d.date}`);
    if (d.date.startsWith(prefix)) byDate.set(d.date, d.value);
  }
  return byDate;
}

function periodMean<U extends number>(
  endDate: string,
  months: readonly number[],
  values: Map<string, U | null>,
  yearRequired: number | null,
  group: PeriodRuleGroup,
): PeriodMeanResult<U> {
  const rule = GB3095_TABLE4[group];
  const { mean: m, count } = mean([...values.values()]);
  const problems: string[] = [];
  const monthRows = months.map((month) => {
    const mm = String(month).padStart(2, '0');
    const n = [...values].filter(([date, v]) => date.slice(5, 7) === mm && v !== null).length;
    const required = month === 2 ? rule.minDaysFebruary : rule.minDaysPerMonth;
    if (n < required) problems.push(`${month}月有效日均值 ${n} 个, 少于 ${required} 个`);
    return { month, count: n, required, ok: n >= required };
  });
  if (yearRequired !== null && count < yearRequired)
    problems.unshift(`全年有效日均值 ${count} 个, 少于 ${yearRequired} 个`);
  const valid = problems.length === 0;
  const required = yearRequired ?? monthRows[0]?.required ?? 0;
  return {
    standard: gb3095VersionFor(endDate),
    value: valid ? m : null,
    meanOfAvailable: m,
    valid,
    count,
    required,
    months: monthRows,
    problems,
  };
}

/**
 * Annual mean (年平均) of the valid daily means of `year` (other years' values are ignored).
 * Table 4: ≥ 324 daily values, and — as air_gb3095.json reads the same cell — ≥ 27 in each month
 * (25 in February); `requireMonthlyMinimum: false` checks the yearly count only.
 */
export function annualMean<U extends number>(
  year: number,
  daily: readonly DatedValue<U>[],
  options: { pollutant?: string; requireMonthlyMinimum?: boolean } = {},
): PeriodMeanResult<U> {
  const group = ruleGroupOf(options.pollutant ?? 'PM2.5');
  const values = dailyValuesIn(daily, `${year}-`);
  const result = periodMean(
    `${year}-12-31`,
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    values,
    GB3095_TABLE4[group].minDaysPerYear,
    group,
  );
  if (options.requireMonthlyMinimum === false) {
    const problems = result.problems.filter((p) => p.startsWith('全年'));
    const valid = problems.length === 0;
    return { ...result, problems, valid, value: valid ? result.meanOfAvailable : null };
  }
  return result;
}

/** Monthly mean (月平均): ≥ 27 daily values (25 in February); TSP/BaP/Pb ≥ 5. */
export function monthlyMean<U extends number>(
  year: number,
  month: number,
  daily: readonly DatedValue<U>[],
  options: { pollutant?: string } = {},
): PeriodMeanResult<U> {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`月份无效: ${month}`);
  const mm = String(month).padStart(2, '0');
  const values = dailyValuesIn(daily, `${year}-${mm}-`);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return periodMean(`${year}-${mm}-${lastDay}`, [month], values, null, ruleGroupOf(options.pollutant ?? 'PM2.5'));
}
