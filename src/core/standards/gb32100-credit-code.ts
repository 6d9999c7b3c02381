// GB 32100—2015 法人和其他组织统一社会信用代码编码规则: 18 characters — 登记管理部门代码 (1),
// 机构类别代码 (1), 登记管理机关行政区划码 (6, GB/T 2260), 主体标识码/组织机构代码 (9, GB 11714),
// 校验码 (1). Characters come from 0-9 and the capital letters without I, O, Z, S, V (31 in all,
// each worth its index); the check character is C18 = 31 − (Σ Ci·Wi mod 31), with 31 written 0.

export const GB32100_STANDARD = 'GB 32100-2015' as const;

/** The 31 code characters in value order (0…30). */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights Wi of positions 1…17. */
export const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeResult =
  | { standard: typeof GB32100_STANDARD; valid: true }
  | {
      standard: typeof GB32100_STANDARD;
      valid: false;
      code: 'length' | 'charset' | 'checksum';
      /** Chinese reason shown to the user. */
      reason: string;
    };

/** Check character for the first 17 characters of a code. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError('需要前17位');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_CHARSET.indexOf(first17[i] ?? '');
    if (v < 0) throw new RangeError(`含有非法字符 ${first17[i]}`);
    sum += v * (CREDIT_CODE_WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31] ?? '0';
}

/**
 * Validates a unified social credit code as written (no trimming or case folding: a lowercase
 * letter is reported as an illegal character so the user corrects the record itself).
 */
export function validateCreditCode(code: string): CreditCodeResult {
  const invalid = (c: 'length' | 'charset' | 'checksum', reason: string): CreditCodeResult => ({
    standard: GB32100_STANDARD,
    valid: false,
    code: c,
    reason,
  });
  const chars = [...code];
  if (chars.length !== 18) return invalid('length', '长度不是18位');
  const bad = chars.find((c) => !CREDIT_CODE_CHARSET.includes(c));
  if (bad !== undefined) return invalid('charset', `含有非法字符 ${bad}`);
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) return invalid('checksum', `校验码错误,应为 ${expected}`);
  return { standard: GB32100_STANDARD, valid: true };
}
