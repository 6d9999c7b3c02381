// HJ 663 percentile (百分位数) of daily values: sort ascending X(1) ≤ … ≤ X(n), k = 1 + (n − 1)·p%,
// s = integer part of k, m_p = X(s) + (X(s+1) − X(s))·(k − s); m_p = X(k) when k is an integer.
// (Same as Excel PERCENTILE.INC / numpy 'linear'.) k is computed exactly so that an integer k is
// recognised as one: 1 + 10 × 0.9 must pick X(10), not interpolate from a float 9.999….
import { floorDiv, toDecimal } from './exact-decimal.ts';

export const HJ663_PERCENTILE_FORMULA = 'k = 1 + (n − 1)·p%, m_p = X(s) + (X(s+1) − X(s))·(k − s)' as const;

/** The p-th percentile (p in percent, 0…100) of `values` by the HJ 663 formula. */
export function hj663Percentile<U extends number>(values: readonly U[], p: number): U {
  if (values.length === 0) throw new RangeError('没有数据, 无法计算百分位数');
  if (!Number.isFinite(p) || p < 0 || p > 100) throw new RangeError(`百分位应在 0～100 之间: ${p}`);
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError(`数值无效: ${v}`);
  const sorted = [...values].sort((a, b) => a - b);
  const dp = toDecimal(p);
  // (n − 1)·p/100 = numerator/denominator exactly; s − 1 is its integer part.
  const numerator = BigInt(sorted.length - 1) * dp.units;
  const denominator = 100n * 10n ** BigInt(dp.scale);
  const sMinus1 = floorDiv(numerator, denominator);
  const fraction = Number(numerator - sMinus1 * denominator) / Number(denominator);
  const xs = sorted[Number(sMinus1)];
  if (xs === undefined) throw new Error('percentile index out of range');
  const next = sorted[Number(sMinus1) + 1];
  if (fraction === 0 || next === undefined) return xs;
  return (xs + (next - xs) * fraction) as U;
}
