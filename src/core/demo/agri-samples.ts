// 农产品质量安全例行监测 (indicator 3): 2,000 samples a year at scale 1, in the four rounds a year
// (March, June, September, November) plus spot work, about 1.5 % failing. 畜禽产品 weigh heavily
// in a herding 州; 虹鳟 comes from the cold-water farms below the 刘家峡 dam.

import { allocate } from './allocate.ts';
import { demoKey, randomDate } from './demo-calendar.ts';
import { familyName, pad, tradeName } from './demo-names.ts';
import { DEMO_COUNTIES, type DemoCounty } from './demo-regions.ts';
import type { AgriSampleRow } from './demo-rows.ts';
import { banned, type FailTemplate, overMax } from './failed-item-templates.ts';
import type { Random } from './random.ts';

export const AGRI_SAMPLES_PER_YEAR = 2_000;
export const AGRI_FAIL_RATE = 0.015;

const MG = 'mg/kg';
const UG = 'μg/kg';

interface AgriCategory {
  name: string;
  weight: number;
  products: readonly string[];
  fails: readonly FailTemplate[];
}

const CATEGORIES: readonly AgriCategory[] = [
  {
    name: '蔬菜',
    weight: 0.5,
    products: [
      '韭菜',
      '芹菜',
      '菠菜',
      '大白菜',
      '甘蓝',
      '辣椒',
      '番茄',
      '黄瓜',
      '马铃薯',
      '胡萝卜',
      '娃娃菜',
      '油麦菜',
      '大葱',
      '蒜苗',
    ],
    fails: [
      overMax('毒死蜱', 0.02, MG),
      overMax('腐霉利', 0.2, MG),
      overMax('甲拌磷', 0.01, MG),
      overMax('氯氟氰菊酯和高效氯氟氰菊酯', 0.5, MG),
      overMax('噻虫胺', 0.04, MG),
    ],
  },
  {
    name: '水果',
    weight: 0.15,
    products: ['苹果', '梨', '桃', '葡萄', '草莓', '大樱桃', '西瓜'],
    fails: [overMax('克百威', 0.02, MG), overMax('苯醚甲环唑', 0.5, MG), overMax('氧乐果', 0.02, MG)],
  },
  {
    name: '畜禽产品',
    weight: 0.28,
    products: ['牛肉', '羊肉', '鸡肉', '鸡蛋', '生鲜乳', '牛肝', '羊肝'],
    fails: [banned('克伦特罗', 0.6, 4, UG), banned('莱克多巴胺', 0.8, 5, UG), banned('恩诺沙星', 12, 150, UG)],
  },
  {
    name: '水产品',
    weight: 0.04,
    products: ['虹鳟', '鲤鱼', '草鱼'],
    fails: [banned('孔雀石绿', 1.2, 12, UG), overMax('恩诺沙星', 100, UG)],
  },
  {
    name: '茶叶',
    weight: 0.03,
    products: ['绿茶', '茯砖茶', '红茶'],
    fails: [overMax('铅(以Pb计)', 5, MG), overMax('联苯菊酯', 5, MG)],
  },
];

/** Routine monitoring comes in four rounds; the rest of the year has spot work only. */
const ROUND_MONTH_WEIGHTS = [0.1, 0.1, 1, 0.4, 0.6, 1, 0.5, 0.6, 1, 0.6, 1, 0.3];

function place(rng: Random, county: DemoCounty, category: string): string {
  const town = rng.pick(county.towns);
  switch (category) {
    case '蔬菜':
    case '水果':
      return rng.pick([
        `${county.shortName}${town}${tradeName(rng)}${category}种植专业合作社`,
        `${county.shortName}${town}${category}基地`,
        `${county.shortName}${town}农贸市场`,
      ]);
    case '畜禽产品':
      return rng.pick([
        `${county.shortName}${town}${tradeName(rng)}养殖专业合作社`,
        `${county.shortName}${town}${familyName(rng)}家庭牧场`,
        `${county.shortName}定点屠宰场`,
      ]);
    case '水产品':
      return county.code === '622923' || county.code === '622927'
        ? `${county.shortName}${town}${tradeName(rng)}冷水鱼养殖场`
        : `${county.shortName}${town}农贸市场`;
    default:
      return `${county.shortName}${town}${tradeName(rng)}茶叶店`;
  }
}

export function generateAgriSamples(year: number, rng: Random, scale: number): AgriSampleRow[] {
  const rows: AgriSampleRow[] = [];
  const counts = allocate(
    Math.round(AGRI_SAMPLES_PER_YEAR * scale),
    DEMO_COUNTIES.map((c) => c.weight),
  );
  const yy = String(year).slice(2);
  DEMO_COUNTIES.forEach((county, ci) => {
    const r = rng.fork(county.code);
    const failRate = AGRI_FAIL_RATE * r.float(0.6, 1.4);
    for (let seq = 1; seq <= (counts[ci] ?? 0); seq++) {
      const category = r.weighted(CATEGORIES.map((c) => [c, c.weight] as const));
      const failed = r.chance(failRate);
      rows.push({
        natural_key: demoKey(year, 'agri', county.code, seq),
        region_code: county.code,
        date: randomDate(r, year, ROUND_MONTH_WEIGHTS),
        sample_no: `LXNJ${yy}${county.code.slice(4)}${pad(seq, 4)}`,
        product_name: r.pick(category.products),
        category: category.name,
        monitoring_type: '例行监测',
        sampled_place: place(r, county, category.name),
        passed: failed ? 0 : 1,
        failed_items_json: failed ? JSON.stringify([r.pick(category.fails)(r)]) : null,
      });
    }
  });
  return rows;
}
