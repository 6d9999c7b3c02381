// Invented but local-sounding names: businesses take a county's towns and roads and a trade name
// from a list of words common on 临夏 shop signs. No name is meant to be a real business.
import { CREDIT_CODE_CHARSET, creditCodeCheckCharacter } from '../standards/gb32100-credit-code.ts';
import { DEMO_PREFECTURE, type DemoCounty } from './demo-regions.ts';
import type { Random } from './random.ts';

export const TRADE_WORDS: readonly string[] = [
  '祥瑞',
  '鑫源',
  '丰源',
  '河州',
  '华盛',
  '绿洲',
  '天禄',
  '金穗',
  '清泉',
  '永丰',
  '惠民',
  '福瑞',
  '兴隆',
  '宏达',
  '伊香',
  '牧源',
  '康源',
  '益民',
  '西部',
  '太子山',
  '莲花',
  '松鸣',
  '炳灵',
  '大夏',
  '北塬',
  '积石',
  '雪域',
  '润丰',
  '顺达',
  '恒通',
  '聚福',
  '佳禾',
  '瑞丰',
  '和顺',
  '金城',
  '昌盛',
  '民和',
  '万家',
  '百信',
  '好运来',
  '鸿运',
  '东升',
];

const SURNAMES: readonly string[] = [
  '马',
  '王',
  '张',
  '李',
  '韩',
  '穆',
  '何',
  '赵',
  '杨',
  '丁',
  '沙',
  '妥',
  '冶',
  '陈',
];

export function tradeName(rng: Random): string {
  return rng.pick(TRADE_WORDS);
}

/** A shop keeper's name as shop signs use it: 马记, 韩家. */
export function familyName(rng: Random): string {
  return `${rng.pick(SURNAMES)}${rng.pick(['记', '家', '氏'])}`;
}

/** 甘肃省临夏回族自治州{county}{town}{road}{n}号; 东乡/积石山 often written with the short form. */
export function countyAddress(rng: Random, county: DemoCounty, town?: string): string {
  const name = county.shortName !== county.name && rng.chance(0.4) ? county.shortName : county.name;
  const t = town ?? rng.pick(county.towns);
  return `${DEMO_PREFECTURE.province}${DEMO_PREFECTURE.name}${name}${t}${rng.pick(county.roads)}${rng.int(1, 320)}号`;
}

/** Producers outside the 州 whose goods are sold here: province, city, GB/T 2260 code. */
export const OUTSIDE_PLACES: readonly { prefix: string; address: string; code: string }[] = [
  { prefix: '甘肃', address: '甘肃省兰州市七里河区', code: '620103' },
  { prefix: '甘肃', address: '甘肃省兰州市榆中县', code: '620123' },
  { prefix: '甘肃', address: '甘肃省定西市安定区', code: '621102' },
  { prefix: '甘肃', address: '甘肃省张掖市甘州区', code: '620702' },
  { prefix: '青海', address: '青海省西宁市城北区', code: '630105' },
  { prefix: '青海', address: '青海省海东市平安区', code: '630203' },
  { prefix: '宁夏', address: '宁夏回族自治区吴忠市利通区', code: '640302' },
  { prefix: '宁夏', address: '宁夏回族自治区银川市金凤区', code: '640106' },
  { prefix: '陕西', address: '陕西省西安市未央区', code: '610112' },
  { prefix: '内蒙古', address: '内蒙古自治区呼和浩特市赛罕区', code: '150105' },
  { prefix: '河南', address: '河南省漯河市召陵区', code: '411104' },
  { prefix: '四川', address: '四川省成都市新都区', code: '510114' },
];

/**
 * A unified social credit code with a correct GB 32100 check character: 9 (工商) 1 (企业), the
 * registering region, "MA" plus seven characters for the 主体标识码.
 */
export function creditCode(rng: Random, regionCode: string): string {
  let body = `91${regionCode}MA`;
  // 主体标识码 characters exclude the letters GB 32100 leaves out, as the charset does.
  for (let i = 0; i < 7; i++) body += rng.pick([...CREDIT_CODE_CHARSET]);
  return body + creditCodeCheckCharacter(body);
}

/** A fixed-width number: 7 → "0007". */
export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
