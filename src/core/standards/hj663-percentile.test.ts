import { describe, expect, it } from 'vitest';
import { hj663Percentile } from './hj663-percentile.ts';

describe('HJ 663 percentile: k = 1 + (n − 1)·p%', () => {
  it('reproduces the reference example (n = 10, p = 90 → k = 9.1 → 131)', () => {
    expect(hj663Percentile([140, 50, 60, 70, 80, 90, 100, 110, 120, 130], 90)).toBe(131);
  });

  it('takes X(k) when k is an integer (n = 11, p = 90 → k = 10)', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    expect(hj663Percentile(xs, 90)).toBe(10);
    expect(hj663Percentile(xs, 0)).toBe(1);
    expect(hj663Percentile(xs, 100)).toBe(11);
    expect(hj663Percentile(xs, 50)).toBe(6);
  });

  it('matches the formula for a year of daily values', () => {
    const xs = Array.from({ length: 365 }, (_, i) => i + 1); // X(i) = i
    // p98: k = 1 + 364 × 0.98 = 357.72 → 357 + 0.72
    expect(hj663Percentile(xs, 98)).toBeCloseTo(357.72, 10);
    // p95: k = 1 + 364 × 0.95 = 346.8
    expect(hj663Percentile(xs, 95)).toBeCloseTo(346.8, 10);
    // p90: k = 1 + 364 × 0.9 = 328.6
    expect(hj663Percentile(xs, 90)).toBeCloseTo(328.6, 10);
  });

  it('single value, empty input, bad p', () => {
    expect(hj663Percentile([42], 95)).toBe(42);
    expect(() => hj663Percentile([], 95)).toThrow(RangeError);
    expect(() => hj663Percentile([1, 2], 101)).toThrow(RangeError);
  });
});
