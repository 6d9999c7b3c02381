// GB/T 2260 中华人民共和国行政区划代码: six digits — province (2), prefecture (2), county (2).
// A province-level code ends in 0000, a prefecture-level code in 00. Only the structure and the
// province prefix are checked; whether a code exists in the current MCA list is data, not rule.

export const GBT2260_STANDARD = 'GB/T 2260' as const;

/** Province-level prefixes: 华北 11–15, 东北 21–23, 华东 31–37, 中南 41–46, 西南 50–54, 西北 61–65, 台湾 71, 香港 81, 澳门 82. */
export const PROVINCE_PREFIXES: readonly string[] = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
];

// Taiwan, Hong Kong and Macao appear in GB/T 2260 with the province-level code only.
const PROVINCE_ONLY = new Set(['71', '81', '82']);

export type RegionLevel = 'province' | 'prefecture' | 'county';

export function isRegionCode(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const province = code.slice(0, 2);
  if (!PROVINCE_PREFIXES.includes(province)) return false;
  if (PROVINCE_ONLY.has(province)) return code.slice(2) === '0000';
  // A county always sits under a prefecture-level code (incl. 省直辖县级行政区划 such as 4290xx).
  return !(code.slice(2, 4) === '00' && code.slice(4) !== '00');
}

function assertRegionCode(code: string): void {
  if (!isRegionCode(code)) throw new RangeError(`不是有效的行政区划代码: ${code}`);
}

export function levelOf(code: string): RegionLevel {
  assertRegionCode(code);
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'prefecture' : 'county';
}

/** The code one level up: '622921' → '622900' → '620000' → null. */
export function parentOf(code: string): string | null {
  const level = levelOf(code);
  if (level === 'province') return null;
  return level === 'county' ? `${code.slice(0, 4)}00` : `${code.slice(0, 2)}0000`;
}
