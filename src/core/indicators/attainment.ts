// Status of a value against its target: 达标 / 未达标 / 预警 / 数据不足, each with a sentence
// saying why. Which rule applies is part of the catalogue (`statusRule`):
//   proportion  sample pass rates: Wilson interval for early warning (indicators.md "Status")
//   level       values that are not samples of a larger population (a registry, all projects,
//               volumes, a survey index, a reported percentage): below target is 预警 until the
//               period is over, then 未达标
//   pace        cumulative quantities (counts, areas, coverage, growth): straight-line pace
//               towards the target over the target's span, with the date it would be reached
//   trend       this period against the same period last year (PM10/PM2.5)
//   milestone   a yes/no outcome reported with evidence
import type { Comparator } from '../plan/types.ts';
import { dateOfDayNumber, dayNumber } from './periods.ts';
import { type Interval, wilsonPercent } from './wilson.ts';

export type Status = '达标' | '未达标' | '预警' | '数据不足';
export const STATUSES: readonly Status[] = ['达标', '未达标', '预警', '数据不足'];

export type StatusRule = 'proportion' | 'level' | 'pace' | 'trend' | 'milestone';

export interface Target {
  comparator: Comparator;
  value: number;
  unit: string;
}

export interface Judgement {
  status: Status;
  reason: string;
}

const COMPARATOR_TEXT: Record<Comparator, string> = {
  '>=': '≥',
  '<=': '≤',
  '=': '=',
  increase: '增加',
  decrease: '下降',
};

/** Number for a sentence: up to two decimals, no trailing zeros. */
export function fmt(value: number, decimals = 2): string {
  return String(Number(value.toFixed(decimals)));
}

export function targetText(t: Target): string {
  return `${COMPARATOR_TEXT[t.comparator]}${fmt(t.value)}${t.unit}`;
}

/** Whether a value meets a target. `increase`/`decrease` targets are met by a change ≥ the target. */
export function meetsTarget(value: number, t: Target): boolean {
  switch (t.comparator) {
    case '>=':
    case 'increase':
    case 'decrease':
      return value >= t.value;
    case '<=':
      return value <= t.value;
    case '=':
      return Math.abs(value - t.value) < 1e-9;
  }
}

function tooFew(records: number, minRecords: number, what: string): Judgement | null {
  if (records >= minRecords) return null;
  return { status: '数据不足', reason: `本期${what} ${records} 条, 少于判定所需的 ${minRecords} 条` };
}

export interface ProportionInput {
  /** Successes (passed) and trials (counted records). */
  successes: number;
  n: number;
  minRecords: number;
  target: Target;
  complete: boolean;
  /** Name of the value in sentences, e.g. 合格率. */
  label: string;
  /** Name of the records, e.g. 有效样本. */
  recordLabel?: string;
}

/**
 * A sample pass rate: fewer than minRecords → 数据不足; period over and below target → 未达标;
 * Wilson 95 % interval entirely on the wrong side of the target → 预警 (before the period ends);
 * otherwise 达标.
 */
export function judgeProportion(i: ProportionInput): Judgement & { interval: Interval | null } {
  const interval = wilsonPercent(i.successes, i.n);
  const few = tooFew(i.n, i.minRecords, i.recordLabel ?? '有效记录');
  if (few || interval === null) return { ...(few ?? { status: '数据不足', reason: '本期无有效记录' }), interval };
  const value = (i.successes / i.n) * 100;
  const v = `${i.label} ${fmt(value)}%(${i.successes}/${i.n})`;
  const t = targetText(i.target);
  const ci = `95% 置信区间 ${fmt(interval.low)}%–${fmt(interval.high)}%`;
  if (meetsTarget(value, i.target)) return { status: '达标', reason: `${v} 达到目标 ${t}`, interval };
  if (i.complete) return { status: '未达标', reason: `本期已结束, ${v} 未达到目标 ${t}`, interval };
  const lowerIsBetter = i.target.comparator === '<=';
  const hopeless = lowerIsBetter ? interval.low > i.target.value : interval.high < i.target.value;
  if (hopeless) {
    return {
      status: '预警',
      reason: `${v} 未达到目标 ${t}, ${ci} 的${lowerIsBetter ? '下限' : '上限'}也达不到目标, 有未达标风险`,
      interval,
    };
  }
  return {
    status: '达标',
    reason: `${v} 暂低于目标 ${t}, 但 ${ci} 仍包含目标值, 尚不能判定未达标`,
    interval,
  };
}

export interface LevelInput {
  value: number | null;
  records: number;
  minRecords: number;
  target: Target;
  complete: boolean;
  label: string;
  unit: string;
  recordLabel?: string;
}

/** A value that is not a sample estimate: below target is 预警 while the period runs, then 未达标. */
export function judgeLevel(i: LevelInput): Judgement {
  const few = tooFew(i.records, i.minRecords, i.recordLabel ?? '记录');
  if (few) return few;
  if (i.value === null) return { status: '数据不足', reason: `本期无法计算${i.label}` };
  const v = `${i.label} ${fmt(i.value)}${i.unit}`;
  const t = targetText(i.target);
  if (meetsTarget(i.value, i.target)) return { status: '达标', reason: `${v} 达到目标 ${t}` };
  if (i.complete) return { status: '未达标', reason: `本期已结束, ${v} 未达到目标 ${t}` };
  return { status: '预警', reason: `${v} 尚未达到目标 ${t}, 期末前需改进` };
}

export interface Projection {
  /** Share of the target's span elapsed (0…1). */
  elapsed: number;
  /** What straight-line progress would have reached by now. */
  expectedByNow: number;
  /** The value at the end of the span if the pace so far continues; null before the span starts. */
  projectedAtEnd: number | null;
  /** The day the target is reached at the pace so far; null when already reached or never. */
  projectedReachDate: string | null;
  reached: boolean;
  onPace: boolean;
}

/**
 * Straight-line pace: progress so far against target × elapsed share of the span, and the day the
 * target would be reached at the pace so far. `today` is the first day not yet elapsed.
 */
export function projectPace(
  value: number,
  target: number,
  span: { start: string; end: string },
  today: string,
): Projection {
  const start = dayNumber(span.start);
  const days = dayNumber(span.end) - start + 1;
  const elapsedDays = Math.max(0, Math.min(days, dayNumber(today) - start));
  const elapsed = elapsedDays / days;
  const expectedByNow = target * elapsed;
  const reached = value >= target;
  const projectedAtEnd = elapsedDays > 0 ? (value * days) / elapsedDays : null;
  let projectedReachDate: string | null = null;
  if (!reached && value > 0 && elapsedDays > 0) {
    projectedReachDate = dateOfDayNumber(start + Math.ceil((target / value) * elapsedDays) - 1);
  }
  return {
    elapsed,
    expectedByNow,
    projectedAtEnd,
    projectedReachDate,
    reached,
    onPace: reached || value >= expectedByNow,
  };
}

export interface PaceInput {
  value: number | null;
  records: number;
  minRecords: number;
  target: Target;
  complete: boolean;
  span: { start: string; end: string };
  today: string;
  label: string;
  unit: string;
  recordLabel?: string;
}

/** Cumulative progress: met → 达标; over → 未达标; ahead of straight-line pace → 达标; behind → 预警. */
export function judgePace(i: PaceInput): Judgement & { projection: Projection | null } {
  const few = tooFew(i.records, i.minRecords, i.recordLabel ?? '报送记录');
  if (few) return { ...few, projection: null };
  if (i.value === null) return { status: '数据不足', reason: `本期无法计算${i.label}`, projection: null };
  const projection = projectPace(i.value, i.target.value, i.span, i.today);
  const v = `${i.label} ${fmt(i.value)}${i.unit}`;
  const t = targetText(i.target);
  if (meetsTarget(i.value, i.target)) return { status: '达标', reason: `${v} 已达到目标 ${t}`, projection };
  if (i.complete) return { status: '未达标', reason: `本期已结束, ${v} 未达到目标 ${t}`, projection };
  const expected = `按时间进度 ${fmt(projection.elapsed * 100, 1)}% 应达到 ${fmt(projection.expectedByNow)}${i.unit}`;
  const when = projection.projectedReachDate
    ? `按当前速度预计 ${projection.projectedReachDate} 达到目标`
    : '按当前速度无法达到目标';
  if (projection.onPace) return { status: '达标', reason: `${v}, ${expected}, 进度正常; ${when}`, projection };
  return { status: '预警', reason: `${v}, ${expected}, 落后于进度; ${when}`, projection };
}

export interface MilestoneInput {
  /** 1 = achieved, 0 = reported not achieved, null = no report. */
  value: number | null;
  complete: boolean;
  label: string;
}

export function judgeMilestone(i: MilestoneInput): Judgement {
  if (i.value === null) return { status: '数据不足', reason: `尚无关于「${i.label}」的报送及佐证材料` };
  if (i.value >= 1) return { status: '达标', reason: `已报送完成「${i.label}」并附佐证材料` };
  if (i.complete) return { status: '未达标', reason: `本期已结束, 报送结果为未完成「${i.label}」` };
  return { status: '预警', reason: `报送结果为尚未完成「${i.label}」` };
}
