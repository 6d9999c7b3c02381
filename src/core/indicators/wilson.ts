// A rate and its uncertainty. The Wilson score interval is used rather than the normal
// approximation because pass rates sit near 100 %, where the normal interval runs past 1 and
// collapses to a point when every sample passed.

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

/** numerator ÷ denominator × 100, or null without a denominator. */
export function ratePercent(numerator: number, denominator: number): number | null {
  if (!(denominator > 0)) return null;
  return (numerator / denominator) * 100;
}

export interface Interval {
  low: number;
  high: number;
}

/** Wilson score interval of successes out of n, as proportions 0…1; null when n = 0. */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval | null {
  if (!(n > 0)) return null;
  if (successes < 0 || successes > n) throw new RangeError(`成功数 ${successes} 不在 0…${n} 之间`);
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // Clamp float noise at the ends: all passed gives high = 1 exactly.
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The Wilson interval in percent. */
export function wilsonPercent(successes: number, n: number, z = Z_95): Interval | null {
  const i = wilsonInterval(successes, n, z);
  return i === null ? null : { low: i.low * 100, high: i.high * 100 };
}
