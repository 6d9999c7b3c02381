// How indicator values read: "96.84% / ≥97%". Percentages keep two decimals (the targets are whole
// or one-decimal percentages, so two decimals show how close a value is); other quantities get
// thousands separators.
import type { IndicatorTarget, IndicatorValue } from '../api/indicator-types.ts';
import { formatTarget } from './format.ts';

export function formatNumber(value: number, maxDecimals = 2): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: maxDecimals });
}

/** A value with its unit; "—" when there is none. Milestones read 已完成 / 未完成. */
export function formatIndicatorValue(
  value: number | null | undefined,
  unit: string,
  kind?: IndicatorValue['kind'],
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (kind === 'milestone') return value >= 1 ? '已完成' : '未完成';
  if (unit === '%') return `${value.toFixed(2)}%`;
  return `${formatNumber(value)}${unit}`;
}

/** "≥97%" without the space formatTarget puts in, to fit the compact "value / target" form. */
export function formatIndicatorTarget(target: IndicatorTarget, kind?: IndicatorValue['kind']): string {
  if (kind === 'milestone') return '完成';
  return formatTarget(target).replace(' ', '');
}

export function valueVsTarget(item: Pick<IndicatorValue, 'value' | 'unit' | 'kind' | 'target'>): string {
  // A milestone's target is "done"; 已完成 / 完成 would say it twice.
  if (item.kind === 'milestone') return formatIndicatorValue(item.value, item.unit, item.kind);
  return `${formatIndicatorValue(item.value, item.unit, item.kind)} / ${formatIndicatorTarget(item.target, item.kind)}`;
}

/**
 * Progress towards the target, 0–100, for the small bar. For "at least" targets it is value ÷
 * target; for ≤ targets and for trend targets (change of at least x%) the same reading — how
 * much of the requirement is met — capped at 100.
 */
export function progressPercent(item: Pick<IndicatorValue, 'value' | 'target' | 'kind'>): number | null {
  const { value, target } = item;
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (item.kind === 'milestone') return value >= 1 ? 100 : 0;
  if (target.comparator === '<=') return value <= target.value ? 100 : Math.max(0, (target.value / value) * 100);
  if (!(target.value > 0)) return value >= target.value ? 100 : 0;
  return Math.max(0, Math.min(100, (value / target.value) * 100));
}

/** n for the board: the denominator with thousands separators. */
export function formatDenominator(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : n.toLocaleString('zh-CN');
}
