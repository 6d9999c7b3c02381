// The industries an enterprise is registered under and an inspector may be qualified for. One
// fixed list, so an inspector's qualification and an enterprise's industry always compare equal;
// the synonyms are how registration exports and people write them.
import { choice } from '../records/parse-choice.ts';

export const INDUSTRIES = [
  '食品生产',
  '食品销售',
  '餐饮服务',
  '特殊食品',
  '工业产品生产',
  '特种设备',
  '药品',
  '医疗器械',
  '化妆品',
  '计量',
  '其他',
] as const;

export type Industry = (typeof INDUSTRIES)[number];

export const INDUSTRY = choice(INDUSTRIES, {
  食品生产企业: '食品生产',
  食品生产加工: '食品生产',
  食品加工: '食品生产',
  食品流通: '食品销售',
  食品经营: '食品销售',
  食品销售企业: '食品销售',
  餐饮: '餐饮服务',
  餐饮业: '餐饮服务',
  保健食品: '特殊食品',
  婴幼儿配方食品: '特殊食品',
  产品质量: '工业产品生产',
  工业产品: '工业产品生产',
  工业品生产: '工业产品生产',
  药品生产: '药品',
  药品经营: '药品',
  药品零售: '药品',
});

export const SIZES = ['大型', '中型', '小型', '微型'] as const;
export type EnterpriseSize = (typeof SIZES)[number];

export const SIZE = choice(SIZES, {
  大: '大型',
  中: '中型',
  小: '小型',
  微: '微型',
  大型企业: '大型',
  中型企业: '中型',
  小型企业: '小型',
  微型企业: '微型',
});
