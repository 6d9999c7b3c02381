import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_CHARSET, creditCodeCheckCharacter, validateCreditCode } from './gb32100-credit-code.ts';

describe('GB 32100 unified social credit code', () => {
  it('accepts documented valid codes', () => {
    for (const code of ['91350100M000100Y43', '91110000600037341L', '11100000000013127D']) {
      expect(validateCreditCode(code)).toEqual({ standard: 'GB 32100-2015', valid: true });
    }
  });

  it('has the 31-character set without I, O, Z, S, V', () => {
    expect(CREDIT_CODE_CHARSET).toHaveLength(31);
    for (const c of 'IOZSV') expect(CREDIT_CODE_CHARSET).not.toContain(c);
  });

  it('computes the check character (31 − Σ mod 31, 31 → 0)', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckCharacter('91110000600037341')).toBe('L');
    // Constructed codes validate with their computed check character and fail with any other.
    for (const body of ['91622901MA71234567', '12620000438000123X', '52622900MJY0000000']) {
      const first17 = body.slice(0, 17);
      const check = creditCodeCheckCharacter(first17);
      expect(validateCreditCode(first17 + check).valid).toBe(true);
      const wrong = CREDIT_CODE_CHARSET[(CREDIT_CODE_CHARSET.indexOf(check) + 1) % 31];
      expect(validateCreditCode(first17 + wrong)).toMatchObject({ valid: false, reason: `校验码错误,应为 ${check}` });
    }
  });

  it('gives Chinese reasons for corrupted codes', () => {
    expect(validateCreditCode('91350100M000100Y4')).toMatchObject({
      valid: false,
      code: 'length',
      reason: '长度不是18位',
    });
    expect(validateCreditCode('91350100M000100Y433')).toMatchObject({ valid: false, reason: '长度不是18位' });
    expect(validateCreditCode('91350100M000100Y4I')).toMatchObject({
      valid: false,
      code: 'charset',
      reason: '含有非法字符 I',
    });
    expect(validateCreditCode('91350100m000100Y43')).toMatchObject({ valid: false, reason: '含有非法字符 m' });
    expect(validateCreditCode('91350100M000100Y44')).toMatchObject({
      valid: false,
      code: 'checksum',
      reason: '校验码错误,应为 3',
    });
    // A swapped pair of digits is caught by the weights.
    expect(validateCreditCode('91350100M000010Y43').valid).toBe(false);
  });
});
