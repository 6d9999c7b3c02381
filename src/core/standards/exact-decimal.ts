// Exact decimal arithmetic for the places where a standard's result turns on the last digit:
// HJ 633 rounds every IAQI UP, so an exact breakpoint computed in binary floating point as
// 50.000000001 would become 51; GB/T 8170 rounds half to even, which a float cannot see
// (2.675 is stored as 2.67499999…). Values are carried as integer units × 10^-scale.

export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * The decimal a measured number stands for. 15 significant digits keep every digit a
 * measurement can carry and drop the binary noise of arithmetic on it (a mean of 50 stored as
 * 50.00000000000001 reads back as 50), so an exact breakpoint stays exact.
 */
export function toDecimal(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`不是有限数值: ${x}`);
  const m = DECIMAL_TEXT.exec(x.toPrecision(15));
  if (!m) throw new RangeError(`无法解析数值: ${x}`);
  const [, sign = '', intPart = '0', fracPart = '', expPart = '0'] = m;
  let digits = intPart + fracPart;
  let scale = fracPart.length - Number(expPart);
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  let units = BigInt(sign + digits);
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

export function decimalToNumber(d: Decimal): number {
  return Number(`${d.units}e-${d.scale}`);
}

/** Units of `d` at a larger (or equal) scale. */
export function unitsAtScale(d: Decimal, scale: number): bigint {
  if (scale < d.scale) throw new RangeError('scale must not shrink');
  return d.units * 10n ** BigInt(scale - d.scale);
}

/** ⌈n / d⌉ for d > 0, exactly. */
export function ceilDiv(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('divisor must be positive');
  const q = n / d; // truncates toward zero
  return n % d === 0n || n < 0n ? q : q + 1n;
}

/** ⌊n / d⌋ for d > 0, exactly. */
export function floorDiv(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('divisor must be positive');
  const q = n / d;
  return n % d === 0n || n > 0n ? q : q - 1n;
}

/**
 * Arithmetic mean, summed exactly: a float running sum of 365 values of 35.4 drifts to
 * 35.39999999999977, which GB/T 8170 rounding would then read wrongly near a half. The one
 * rounding left is the final division. Returns null for no values.
 */
export function exactMean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const decimals = values.map(toDecimal);
  const scale = Math.max(...decimals.map((d) => d.scale));
  const sum = decimals.reduce((acc, d) => acc + unitsAtScale(d, scale), 0n);
  // 20 extra digits before the division keep the quotient exact to far below a double's precision.
  const quotient = (sum * 10n ** 20n) / BigInt(values.length);
  return Number(`${quotient}e-${scale + 20}`);
}
