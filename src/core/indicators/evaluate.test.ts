import { describe, expect, it } from 'vitest';
import { roundGbt8170 } from '../standards/index.ts';
import { round2 } from './evaluate.ts';

describe('round2', () => {
  it("equals the standard's GB/T 8170 rounding to two decimals", () => {
    const values: number[] = [0, -0, 1, -1, 2.675, 2.665, 0.125, 0.135, -0.125, 0.295, 1e-9, -1e-9, 96.5, 99.995];
    values.push(1e4 + 0.005, 123456.785, 1e15 + 2, 0.1 + 0.2, 35.4 * 3, 100 / 3, 200 / 3, 2 / 3);
    let s = 12345;
    for (let i = 0; i < 20000; i++) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      const x = (s / 2 ** 32) * 200 - 50;
      // Plain floats, values on a half at the third decimal, and quotients such as 17/23 × 100.
      values.push(x, Math.round(x * 1000) / 1000, ((s % 997) / ((s % 89) + 1)) * 100, Math.round(x * 200) / 200);
    }
    for (const v of values) expect(Object.is(round2(v), roundGbt8170(v, 2)), String(v)).toBe(true);
    expect(round2(null)).toBeNull();
  });
});
