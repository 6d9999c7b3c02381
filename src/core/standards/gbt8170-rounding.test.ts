import { describe, expect, it } from 'vitest';
import { exactMean, toDecimal } from './exact-decimal.ts';
import { roundGbt8170 } from './gbt8170-rounding.ts';

describe('GB/T 8170 rounding (四舍六入五成双)', () => {
  const rows: [number, number, number][] = [
    [12.1498, 1, 12.1],
    [12.1501, 1, 12.2],
    [1.5, 0, 2],
    [2.5, 0, 2],
    [3.5, 0, 4],
    [2.50001, 0, 3],
    [2.675, 2, 2.68], // a float stores 2.67499999…; the decimal is exactly half
    [2.665, 2, 2.66],
    [0.125, 2, 0.12],
    [0.135, 2, 0.14],
    [-2.5, 0, -2],
    [-3.5, 0, -4],
    [35.4999, 0, 35],
    [1250, 0, 1250],
  ];
  for (const [value, decimals, expected] of rows) {
    it(`${value} → ${expected} (${decimals} decimals)`, () => {
      expect(roundGbt8170(value, decimals)).toBe(expected);
    });
  }
  it('never returns -0', () => {
    expect(Object.is(roundGbt8170(-0.4, 0), 0)).toBe(true);
  });
});

describe('exact decimals', () => {
  it('reads a number as the decimal it stands for', () => {
    expect(toDecimal(0.1 + 0.2)).toEqual({ units: 3n, scale: 1 });
    expect(toDecimal(1e21)).toEqual({ units: 10n ** 21n, scale: 0 });
    expect(toDecimal(8e-5)).toEqual({ units: 8n, scale: 5 });
  });

  it('means do not drift', () => {
    expect(exactMean(Array.from({ length: 365 }, () => 35.4))).toBe(35.4);
    expect(exactMean([0.1, 0.2])).toBe(0.15);
    expect(exactMean([])).toBeNull();
  });
});
