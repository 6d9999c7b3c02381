// 产品质量监督抽查 (indicators 1 and 2): a few hundred batches a year. Industrial products are
// mostly building materials made in the 州 (the 建材 cluster); consumer goods are local carpets,
// furniture and clothing, plus electrical goods from elsewhere sold here (local_producer 0, no
// 州 region: the indicator attributes checks to the producer's region). Some 拒检 and 涉嫌无证.

import { allocate } from './allocate.ts';
import { demoKey, randomDate } from './demo-calendar.ts';
import { creditCode, OUTSIDE_PLACES, tradeName } from './demo-names.ts';
import { DEMO_COUNTIES } from './demo-regions.ts';
import type { ProductCheckRow } from './demo-rows.ts';
import type { Random } from './random.ts';

export const PRODUCT_CHECKS_PER_YEAR = 360;

interface ProductKind {
  name: string;
  type: 'consumer' | 'industrial';
  key: boolean;
  /** Made in the 州 (else bought in from elsewhere). */
  local: boolean;
  suffix: string;
  failedItems: readonly string[];
  weight: number;
}

const KINDS: readonly ProductKind[] = [
  {
    name: '通用硅酸盐水泥',
    type: 'industrial',
    key: false,
    local: true,
    suffix: '水泥有限公司',
    failedItems: ['3d抗压强度', '烧失量', '氧化镁'],
    weight: 5,
  },
  {
    name: '预拌混凝土',
    type: 'industrial',
    key: false,
    local: true,
    suffix: '商品混凝土有限公司',
    failedItems: ['抗压强度', '坍落度'],
    weight: 6,
  },
  {
    name: '烧结普通砖',
    type: 'industrial',
    key: false,
    local: true,
    suffix: '新型建材有限公司',
    failedItems: ['抗压强度', '泛霜'],
    weight: 5,
  },
  {
    name: '蒸压加气混凝土砌块',
    type: 'industrial',
    key: false,
    local: true,
    suffix: '新型墙体材料有限公司',
    failedItems: ['干密度', '抗压强度'],
    weight: 3,
  },
  {
    name: '建设用砂',
    type: 'industrial',
    key: false,
    local: true,
    suffix: '砂石料有限公司',
    failedItems: ['含泥量', '泥块含量'],
    weight: 4,
  },
  {
    name: '建筑防水卷材',
    type: 'industrial',
    key: false,
    local: true,
    suffix: '防水材料有限公司',
    failedItems: ['拉力', '低温柔性', '不透水性'],
    weight: 2,
  },
  {
    name: '铝合金门窗',
    type: 'industrial',
    key: false,
    local: true,
    suffix: '门窗有限公司',
    failedItems: ['气密性能', '水密性能'],
    weight: 2,
  },
  {
    name: '复混肥料',
    type: 'industrial',
    key: false,
    local: true,
    suffix: '肥业有限公司',
    failedItems: ['总养分', '水溶性磷占有效磷百分率', '氯离子'],
    weight: 2,
  },
  {
    name: '给水用聚乙烯(PE)管材',
    type: 'industrial',
    key: false,
    local: true,
    suffix: '塑业有限公司',
    failedItems: ['静液压强度', '断裂伸长率'],
    weight: 2,
  },
  {
    name: '小型农机具',
    type: 'industrial',
    key: false,
    local: true,
    suffix: '农机制造有限公司',
    failedItems: ['安全防护', '安全标志'],
    weight: 1,
  },
  {
    name: '皮革制品(羊皮)',
    type: 'industrial',
    key: false,
    local: true,
    suffix: '皮革制品有限公司',
    failedItems: ['游离甲醛', '可分解有害芳香胺染料'],
    weight: 2,
  },
  {
    name: '手工地毯',
    type: 'consumer',
    key: false,
    local: true,
    suffix: '地毯有限公司',
    failedItems: ['耐燃性', '毛绒纤维含量'],
    weight: 2,
  },
  {
    name: '民族服饰',
    type: 'consumer',
    key: true,
    local: true,
    suffix: '民族服饰有限公司',
    failedItems: ['纤维含量', 'pH值', '耐摩擦色牢度'],
    weight: 2,
  },
  {
    name: '儿童服装',
    type: 'consumer',
    key: true,
    local: true,
    suffix: '服饰有限公司',
    failedItems: ['绳带要求', '纤维含量', '甲醛含量'],
    weight: 2,
  },
  {
    name: '木质家具',
    type: 'consumer',
    key: true,
    local: true,
    suffix: '家具厂',
    failedItems: ['甲醛释放量', '理化性能'],
    weight: 3,
  },
  {
    name: '床上用品',
    type: 'consumer',
    key: false,
    local: true,
    suffix: '纺织品有限公司',
    failedItems: ['纤维含量', '水洗尺寸变化率'],
    weight: 1,
  },
  {
    name: '电动自行车',
    type: 'consumer',
    key: true,
    local: false,
    suffix: '车业有限公司',
    failedItems: ['最高车速', '整车质量', '防篡改'],
    weight: 2,
  },
  {
    name: '电热毯',
    type: 'consumer',
    key: true,
    local: false,
    suffix: '电器有限公司',
    failedItems: ['发热', '防触电保护'],
    weight: 1,
  },
  {
    name: '插头插座',
    type: 'consumer',
    key: true,
    local: false,
    suffix: '电器有限公司',
    failedItems: ['防触电保护', '插头插座的尺寸'],
    weight: 2,
  },
  {
    name: '家用燃气灶具',
    type: 'consumer',
    key: true,
    local: false,
    suffix: '厨具有限公司',
    failedItems: ['熄火保护装置', '热效率'],
    weight: 1,
  },
  {
    name: '儿童玩具',
    type: 'consumer',
    key: true,
    local: false,
    suffix: '玩具有限公司',
    failedItems: ['小零件', '增塑剂'],
    weight: 1,
  },
  {
    name: '学生用品',
    type: 'consumer',
    key: true,
    local: false,
    suffix: '文具有限公司',
    failedItems: ['可迁移元素', '邻苯二甲酸酯'],
    weight: 1,
  },
];

const LEVELS = [
  ['国抽', 0.05],
  ['省抽', 0.2],
  ['州抽', 0.45],
  ['县抽', 0.3],
] as const;

const LABS = ['甘肃省产品质量监督检验研究院', '临夏州质量技术监督检验检测中心', '甘肃省建筑材料产品质量监督检验站'];

export function generateProductChecks(year: number, rng: Random, scale: number): ProductCheckRow[] {
  const rows: ProductCheckRow[] = [];
  const counts = allocate(
    Math.max(DEMO_COUNTIES.length * 2, Math.round(PRODUCT_CHECKS_PER_YEAR * scale)),
    DEMO_COUNTIES.map((c) => c.weight),
  );
  DEMO_COUNTIES.forEach((county, ci) => {
    const r = rng.fork(county.code);
    for (let i = 0; i < (counts[ci] ?? 0); i++) {
      const kind = r.weighted(KINDS.map((k) => [k, k.weight] as const));
      const outside = kind.local ? null : r.pick(OUTSIDE_PLACES);
      const failRate = kind.type === 'consumer' ? 0.06 : 0.045;
      const result = r.weighted([
        ['拒检', 0.015],
        ['涉嫌无证', 0.008],
        ['不合格', failRate],
        ['合格', 1 - 0.023 - failRate],
      ] as const);
      const failed =
        result === '不合格'
          ? r.chance(0.25) && kind.failedItems.length > 1
            ? kind.failedItems.slice(0, 2).join('、')
            : r.pick(kind.failedItems)
          : null;
      const date = randomDate(r, year);
      rows.push({
        natural_key: demoKey(year, 'product', county.code, i + 1),
        // A producer outside the 州 cannot be placed in one of its counties.
        region_code: outside ? null : county.code,
        date,
        product_name: kind.name,
        product_type: kind.type,
        key_consumer: kind.key ? 1 : 0,
        enterprise_name: outside
          ? `${outside.prefix}${tradeName(r)}${kind.suffix}`
          : `${county.shortName}${tradeName(r)}${kind.suffix}`,
        enterprise_credit_code: result === '涉嫌无证' ? null : creditCode(r, outside ? outside.code : county.code),
        local_producer: outside ? 0 : 1,
        level: r.weighted(LEVELS),
        result,
        failed_items: failed,
        batch:
          result === '拒检' ? null : `${date.slice(2, 4)}${date.slice(5, 7)}${String(r.int(1, 28)).padStart(2, '0')}`,
        lab:
          result === '拒检'
            ? null
            : kind.type === 'industrial' && r.chance(0.4)
              ? (LABS[2] as string)
              : r.pick(LABS.slice(0, 2)),
      });
    }
  });
  return rows;
}
