import { describe, expect, it } from 'vitest';
import { isRegionCode, levelOf, PROVINCE_PREFIXES, parentOf } from './gbt2260-region-code.ts';

describe('GB/T 2260 region codes', () => {
  it('walks up the hierarchy', () => {
    expect(parentOf('622921')).toBe('622900');
    expect(parentOf('622900')).toBe('620000');
    expect(parentOf('620000')).toBeNull();
    expect(parentOf('110101')).toBe('110100');
  });

  it('tells the level', () => {
    expect(levelOf('620000')).toBe('province');
    expect(levelOf('622900')).toBe('prefecture');
    expect(levelOf('622921')).toBe('county');
    expect(levelOf('429004')).toBe('county');
  });

  it('accepts the 34 province-level prefixes', () => {
    expect(PROVINCE_PREFIXES).toHaveLength(34);
    for (const p of PROVINCE_PREFIXES) expect(isRegionCode(`${p}0000`)).toBe(true);
  });

  it('rejects malformed codes', () => {
    for (const bad of [
      '62292',
      '6229211',
      '62292a',
      '000000',
      '160000',
      '660000',
      '700000',
      '620021',
      '810100',
      ' 622921',
    ]) {
      expect(isRegionCode(bad), bad).toBe(false);
    }
    expect(() => parentOf('660000')).toThrow(RangeError);
  });
});
