import { describe, expect, it } from 'vitest';
import { ratePercent, wilsonInterval, wilsonPercent } from './wilson.ts';

describe('rate and Wilson score interval (95 %)', () => {
  // Hand-computed with z = 1.96: centre = (p + z²/2n)/(1 + z²/n), half = z·√(p(1−p)/n + z²/4n²)/(1 + z²/n).
  it.each([
    [95, 100, 0.8882, 0.9785],
    [8, 10, 0.4902, 0.9433],
    [950, 1000, 0.9347, 0.9619],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [1, 1, 0.2065, 1],
  ])('%i of %i → [%f, %f]', (k, n, low, high) => {
    const i = wilsonInterval(k, n);
    expect(i?.low).toBeCloseTo(low, 4);
    expect(i?.high).toBeCloseTo(high, 4);
  });

  it('gives percent, and nothing without trials', () => {
    expect(wilsonPercent(95, 100)?.low).toBeCloseTo(88.82, 2);
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(ratePercent(97, 100)).toBe(97);
    expect(ratePercent(1, 0)).toBeNull();
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
  });
});
