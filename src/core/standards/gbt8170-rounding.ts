// GB/T 8170—2008 数值修约 ("四舍六入五成双"): a dropped part above half rounds up, below half
// rounds down, exactly half rounds to the even neighbour; negative values round their absolute
// value. HJ 633—2026 §4.2.2 and HJ 663 round concentrations this way (integers in μg/m³, CO to
// one decimal in mg/m³). Done on the exact decimal, because 2.675 as a float is below half.
import { type Decimal, decimalToNumber, toDecimal } from './exact-decimal.ts';

export const GBT_8170 = 'GB/T 8170-2008' as const;

export function roundDecimalHalfEven(d: Decimal, decimals: number): Decimal {
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`小数位数无效: ${decimals}`);
  if (d.scale <= decimals) return d;
  const divisor = 10n ** BigInt(d.scale - decimals);
  const negative = d.units < 0n;
  const abs = negative ? -d.units : d.units;
  let q = abs / divisor;
  const twiceRest = (abs % divisor) * 2n;
  if (twiceRest > divisor || (twiceRest === divisor && q % 2n === 1n)) q += 1n;
  return { units: negative ? -q : q, scale: decimals };
}

/** GB/T 8170 rounding of `value` to `decimals` decimal places. */
export function roundGbt8170(value: number, decimals = 0): number {
  const rounded = decimalToNumber(roundDecimalHalfEven(toDecimal(value), decimals));
  return rounded === 0 ? 0 : rounded; // no -0 in reports
}
