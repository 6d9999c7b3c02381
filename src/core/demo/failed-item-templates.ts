// Failed items as sampling lists print them ("name║result║limit"): a value some way over a
// maximum, a banned substance found, an additive used where it is not allowed, a count of
// bacteria in the ×10ⁿ notation, or a content below its minimum.
import type { FailedItem } from './demo-rows.ts';
import type { Random } from './random.ts';

export type FailTemplate = (rng: Random) => FailedItem;

/** Three significant digits, as lab reports print them. */
export function sig3(v: number): string {
  return String(Number(v.toPrecision(3)));
}

const SUP: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 3200 → "3.2×10³". */
export function timesTenPower(v: number): string {
  const exp = Math.floor(Math.log10(v));
  const mantissa = Number((v / 10 ** exp).toFixed(1));
  const sup = [...String(exp)].map((d) => SUP[d] ?? d).join('');
  return `${mantissa}×10${sup}`;
}

/** A result 1.3–6 times a maximum limit. */
export function overMax(item: string, limit: number, unit: string): FailTemplate {
  return (rng) => ({ item, result: `${sig3(limit * rng.float(1.3, 6))} ${unit}`, limit: `≤${limit} ${unit}` });
}

/** A substance that must not be found (veterinary drugs, banned pesticides, 孔雀石绿). */
export function banned(item: string, lo: number, hi: number, unit: string): FailTemplate {
  return (rng) => ({ item, result: `${sig3(rng.float(lo, hi))} ${unit}`, limit: '不得检出' });
}

/** An additive the food category may not contain at all. */
export function notAllowed(item: string, lo: number, hi: number, unit: string): FailTemplate {
  return (rng) => ({ item, result: `${sig3(rng.float(lo, hi))} ${unit}`, limit: '不得使用' });
}

/** Bacteria over a limit of 10^exp CFU/g: "3.2×10³ CFU/g ║ ≤10² CFU/g". */
export function bacteria(item: string, limitExp: number, unit = 'CFU/g'): FailTemplate {
  const limit = 10 ** limitExp;
  return (rng) => ({
    item,
    result: `${timesTenPower(limit * rng.float(2, 60))} ${unit}`,
    limit: `≤${timesTenPower(limit).replace(/^1×/, '')} ${unit}`,
  });
}

/** A content under its minimum (protein, amino-acid nitrogen, total acid). */
export function underMin(item: string, limit: number, unit: string): FailTemplate {
  return (rng) => ({ item, result: `${sig3(limit * rng.float(0.55, 0.92))} ${unit}`, limit: `≥${limit} ${unit}` });
}

/** A qualitative finding (复用餐饮具 大肠菌群: 检出 / 不得检出). */
export function detected(item: string, unit: string): FailTemplate {
  return () => ({ item, result: `检出 ${unit}`.trim(), limit: '不得检出' });
}

/** A labelled value off by more than the tolerance (白酒 酒精度). */
export function offLabel(item: string, unit: string, labelled: number, tolerance: number): FailTemplate {
  return (rng) => {
    const off = tolerance * rng.float(1.3, 3) * (rng.chance(0.7) ? -1 : 1);
    return {
      item,
      result: `${sig3(labelled + off)} ${unit}`,
      limit: `标签明示值${labelled}${unit}±${tolerance}${unit}`,
    };
  };
}
