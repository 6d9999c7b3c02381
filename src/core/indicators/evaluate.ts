// An indicator's value for one region × period judged against its target: the shape the API,
// the CLI and the reports share.
import { roundGbt8170 } from '../standards/index.ts';
import {
  fmt,
  type Judgement,
  judgeLevel,
  judgeMilestone,
  judgePace,
  judgeProportion,
  type Projection,
  type Status,
  type Target,
} from './attainment.ts';
import type { IndicatorDef, IndicatorKind } from './catalogue.ts';
import type { Comparison, Measure } from './measures.ts';
import { isComplete, type Period, targetSpan } from './periods.ts';
import type { PlanTargetRef } from './plan-links.ts';
import type { Interval } from './wilson.ts';

export interface EffectiveTarget extends Target {
  source: 'plan' | 'catalogue';
  /** The first linked plan target (the one whose comparator and value are used). */
  planTargetId: number | null;
  planTargetIds: number[];
  /** The plan's own words, when linked. */
  text: string | null;
}

/** The plan's target when one is linked (the first in plan order), else the catalogue default. */
export function effectiveTarget(
  def: IndicatorDef,
  linked: readonly PlanTargetRef[],
  overrides: { pmDecreaseThreshold?: number } = {},
): EffectiveTarget {
  const first = linked[0];
  if (first) {
    return {
      comparator: first.comparator,
      value: first.value,
      unit: first.unit,
      source: 'plan',
      planTargetId: first.id,
      planTargetIds: linked.map((t) => t.id),
      text: first.text,
    };
  }
  const isPm = def.code === 'pm10_decrease' || def.code === 'pm25_decrease';
  const value = isPm && overrides.pmDecreaseThreshold !== undefined ? overrides.pmDecreaseThreshold : def.target.value;
  return { ...def.target, value, source: 'catalogue', planTargetId: null, planTargetIds: [], text: null };
}

export interface IndicatorValue {
  code: string;
  row: number;
  name: string;
  kind: IndicatorKind;
  unit: string;
  target: EffectiveTarget;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  records: number;
  excluded: number;
  status: Status;
  statusReason: string;
  interval?: Interval;
  projection?: Projection;
  /** The standard editions used, joined ("HJ 633-2012"). */
  standard?: string;
  comparison?: Comparison;
  breakdown?: { label: string; records: number; value: number | null }[];
}

/**
 * roundGbt8170(v, 2) — the same result, without its BigInt decimal where a float decides it: an
 * integer is its own rounding; for |v| < 10⁴ the float v × 100 is within 10⁻⁸ of the 15-digit
 * decimal the standard rounds, so only a fraction within 10⁻⁶ of one half (where half-to-even
 * could apply) needs the exact path. A board rounds ~5 values for each of ~300 cells.
 */
export function round2(v: number | null): number | null {
  if (v === null) return null;
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return v === 0 ? 0 : v;
  if (Math.abs(v) < 1e4) {
    const y = v * 100;
    const f = Math.floor(y);
    const frac = y - f;
    if (Math.abs(frac - 0.5) > 1e-6) {
      const r = (frac > 0.5 ? f + 1 : f) / 100;
      return r === 0 ? 0 : r;
    }
  }
  return roundGbt8170(v, 2);
}

function trendJudgement(def: IndicatorDef, target: Target, m: Measure, complete: boolean): Judgement {
  const c = m.comparison;
  const base = judgeLevel({
    value: m.value,
    records: m.records,
    minRecords: def.minRecords,
    target,
    complete,
    label: def.valueLabel,
    unit: def.unit,
    recordLabel: '有效日(本期与上年同期取少者)',
  });
  if (base.status === '数据不足' && c) {
    if (c.previousRecords === 0) return { status: '数据不足', reason: '缺少上年同期的有效日均值, 无法比较' };
    if (c.currentRecords === 0) return { status: '数据不足', reason: '本期没有有效日均值, 无法比较' };
  }
  if (!c || base.status === '数据不足') return base;
  const what = `本期 ${c.current === null ? '—' : fmt(c.current, 1)}${c.unit}, 上年同期 ${c.previous === null ? '—' : fmt(c.previous, 1)}${c.unit}`;
  return { status: base.status, reason: `${what}; ${base.reason}` };
}

/** Judges one measure against its target for a period, as of `today` (YYYY-MM-DD). */
export function evaluateIndicator(
  def: IndicatorDef,
  target: EffectiveTarget,
  m: Measure,
  period: Period,
  today: string,
): IndicatorValue {
  const complete = isComplete(period, today);
  let judgement: Judgement;
  let interval: Interval | null = null;
  let projection: Projection | null = null;
  switch (def.statusRule) {
    case 'proportion': {
      const j = judgeProportion({
        successes: m.numerator ?? 0,
        n: m.denominator ?? 0,
        minRecords: def.minRecords,
        target,
        complete,
        label: def.valueLabel,
        recordLabel: def.code === 'air_good_days_ratio' ? '有效监测天数' : '有效记录',
      });
      judgement = j;
      interval = j.interval;
      break;
    }
    case 'level':
      judgement = judgeLevel({
        value: m.value,
        records: m.records,
        minRecords: def.minRecords,
        target,
        complete,
        label: def.valueLabel,
        unit: def.unit,
      });
      break;
    case 'pace': {
      const j = judgePace({
        value: m.value ?? (m.records > 0 ? 0 : null),
        records: m.records,
        minRecords: def.minRecords,
        target,
        complete,
        span: targetSpan(period),
        today,
        label: def.valueLabel,
        unit: def.unit,
      });
      judgement = j;
      projection = j.projection;
      if (m.comparison && j.status !== '数据不足') {
        const c = m.comparison;
        judgement = {
          ...j,
          reason: `本期 ${c.current ?? '—'}${c.unit}, 上年 ${c.previous ?? '—'}${c.unit}; ${j.reason}`,
        };
      }
      break;
    }
    case 'trend':
      judgement = trendJudgement(def, target, m, complete);
      break;
    case 'milestone':
      judgement = judgeMilestone({ value: m.value, complete, label: def.name });
      break;
  }
  return {
    code: def.code,
    row: def.row,
    name: def.name,
    kind: def.kind,
    unit: def.unit,
    target,
    value: round2(m.value),
    numerator: round2(m.numerator),
    denominator: round2(m.denominator),
    records: m.records,
    excluded: m.excluded,
    status: judgement.status,
    statusReason: judgement.reason,
    ...(interval ? { interval: { low: round2(interval.low) as number, high: round2(interval.high) as number } } : {}),
    ...(projection
      ? {
          projection: {
            ...projection,
            elapsed: roundGbt8170(projection.elapsed, 4),
            expectedByNow: roundGbt8170(projection.expectedByNow, 2),
            projectedAtEnd: round2(projection.projectedAtEnd),
          },
        }
      : {}),
    ...(m.standards && m.standards.length > 0 ? { standard: m.standards.join(', ') } : {}),
    ...(m.comparison ? { comparison: m.comparison } : {}),
    ...(m.breakdown ? { breakdown: m.breakdown } : {}),
  };
}
