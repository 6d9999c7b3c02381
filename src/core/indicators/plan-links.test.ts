import { describe, expect, it } from 'vitest';
import type { Comparator } from '../plan/types.ts';
import { CATALOGUE } from './catalogue.ts';
import { linkPlanTargets, normalizeIndicatorName } from './plan-links.ts';

// The wording the plan parser reads from the bundled 2023 plan.
const PLAN: [string, Comparator, number, string][] = [
  ['重点消费品质量监督抽查合格率', '>=', 92, '%'],
  ['制造业产品质量抽查合格率', '>=', 94, '%'],
  ['主要农产品质量安全监测合格率', '>=', 98, '%'],
  ['食品安全抽检合格率', '>=', 97, '%'],
  ['基本药物全品种抽检覆盖率', '>=', 100, '%'],
  ['重点领域服务业质量顾客满意度', '>=', 70, '%'],
  ['大中型工程一次验收合格率', '>=', 100, '%'],
  ['水利工程质量合格率', '>=', 100, '%'],
  ['水利工程质量检测抽检率', '>=', 100, '%'],
  ['市城市空气质量优良天数比例', '>=', 91, '%'],
  ['县级及以上城市集中式饮用水源地水质达标率', '>=', 100, '%'],
  ['清洁能源产业群产值', '>=', 100, '亿元'],
  ['建材产业群产值', '>=', 50, '亿元'],
  ['食品和农副产品加工产业群产值', '>=', 50, '亿元'],
  ['皮革纺织产业群产值', '>=', 20, '亿元'],
  ['装备制造和新材料产业群产值', '>=', 10, '亿元'],
  ['引进培育重点龙头企业', '>=', 15, '家'],
  ['建设高标准农田', '>=', 32, '万亩'],
  ['建设农产品保鲜库', '>=', 64, '座'],
  ['主要农作物耕播收综合机械化水平', '>=', 58, '%'],
  ['“三品一标”认证产品', 'increase', 10, '%'],
  ['药品制剂生产企业建立规范化质量控制实验室', '>=', 100, '%'],
  ['药品评价性抽检覆盖率', '>=', 100, '%'],
  ['基本药物全品种抽检覆盖率', '>=', 100, '%'],
  ['各县县城污水处理率', '>=', 95, '%'],
  ['国控断面水质优良比例', '>=', 100, '%'],
  ['饮用水水源地水质达标率', '>=', 100, '%'],
  ['选择中小微企业负责人集中开展质量基础能力免费培训', '>=', 30, '户'],
  ['选择中小微企业开展点对点精准帮扶', '>=', 20, '户'],
];

describe('linking plan targets to indicators', () => {
  const targets = PLAN.map(([indicator, comparator, value, unit], i) => ({
    id: i + 1,
    text: indicator,
    indicator,
    comparator,
    value,
    unit,
  }));
  const { byCode, unlinked } = linkPlanTargets(targets, CATALOGUE);

  it('links every target of the 2023 plan to an indicator', () => {
    expect(unlinked.map((t) => t.indicator)).toEqual([]);
    expect(byCode.get('drug_evaluation_coverage')?.map((t) => t.indicator)).toEqual(['药品评价性抽检覆盖率']);
    expect(byCode.get('essential_drug_coverage')?.map((t) => t.id)).toEqual([5, 24]);
    expect(byCode.get('drinking_water_rate')?.map((t) => t.id)).toEqual([11, 27]);
    expect(byCode.get('sewage_treatment_rate')?.[0]?.indicator).toBe('各县县城污水处理率');
    expect(byCode.get('certified_products_growth')?.[0]?.comparator).toBe('increase');
    expect(byCode.get('cluster_building_materials')?.[0]?.value).toBe(50);
    expect(byCode.get('sme_training')?.[0]?.value).toBe(30);
    // Linked + unlinked = all: nothing is dropped.
    const linked = [...byCode.values()].reduce((n, l) => n + l.length, 0);
    expect(linked + unlinked.length).toBe(PLAN.length);
  });

  it('normalises quotes, widths and a leading 各县', () => {
    expect(normalizeIndicatorName('“三品一标” 认证产品')).toBe('三品一标认证产品');
    expect(normalizeIndicatorName('各县县城污水处理率')).toBe('县城污水处理率');
    expect(normalizeIndicatorName('细颗粒物（PM2.5）平均浓度')).toBe('细颗粒物(PM2.5)平均浓度');
  });
});
