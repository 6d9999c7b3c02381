// 农产品质量安全例行监测: one row per sample (蔬菜、水果、茶叶、畜禽产品、水产品). Region: the county
// where it was sampled (所在县, else the 抽样地点 text).

import { parseFailedItems } from '../failed-items.ts';
import type { KindSpec } from '../kind-spec.ts';
import { hashKey, keyPart } from '../natural-key.ts';
import { choice, PASS_FAIL } from '../parse-choice.ts';
import { checkPassWithItems, flag, place } from './common.ts';

const CATEGORY = choice(['蔬菜', '水果', '茶叶', '畜禽产品', '水产品', '其他'] as const, {
  蔬菜类: '蔬菜',
  食用菌: '蔬菜',
  水果类: '水果',
  茶: '茶叶',
  茶叶类: '茶叶',
  畜禽: '畜禽产品',
  畜禽类: '畜禽产品',
  畜产品: '畜禽产品',
  禽产品: '畜禽产品',
  畜禽肉: '畜禽产品',
  水产: '水产品',
  水产类: '水产品',
});

const MONITORING = choice(['例行监测', '监督抽查', '风险监测', '专项监测'] as const, {
  例行: '例行监测',
  监督抽检: '监督抽查',
  风险: '风险监测',
  专项: '专项监测',
});

export const agriKind: KindSpec = {
  id: 'agri',
  name: '农产品例行监测',
  description: '农产品质量安全例行监测(蔬菜、水果、茶叶、畜禽产品、水产品)样品结果',
  naturalKey: '样品编号;无样品编号时为 抽样日期+所在县+抽样地点+样品名称+类别',
  regionScoped: true,
  regionField: 'region',
  fields: [
    {
      key: 'sampleNo',
      header: '样品编号',
      synonyms: ['抽样编号', '样品代码'],
      description: '样品编号;有则作为记录的唯一标识',
    },
    {
      key: 'productName',
      header: '样品名称',
      synonyms: ['产品名称', '农产品名称', '名称'],
      required: true,
      description: '如 菠菜、苹果',
    },
    {
      key: 'category',
      header: '类别',
      synonyms: ['产品类别', '品种类别', '样品类别', '大类'],
      required: true,
      description: '蔬菜、水果、茶叶、畜禽产品、水产品 或 其他',
    },
    {
      key: 'monitoringType',
      header: '监测类型',
      synonyms: ['监测类别', '任务类型'],
      description: '例行监测(默认)、监督抽查、风险监测 或 专项监测',
    },
    {
      key: 'sampledPlace',
      header: '抽样地点',
      synonyms: ['抽样场所', '抽样环节', '被抽样单位', '被抽样单位名称'],
      description: '抽样的基地、市场或单位',
    },
    {
      key: 'region',
      header: '所在县',
      synonyms: ['县市', '抽样县市', '地区', '所属县区', '区县', '县(市)'],
      description: '抽样所在县市,用于按县市统计',
    },
    {
      key: 'date',
      header: '抽样日期',
      synonyms: ['采样日期', '监测日期', '抽样时间'],
      required: true,
      description: '抽样日期',
    },
    {
      key: 'result',
      header: '判定结果',
      synonyms: ['检测结果', '结果', '结论', '判定结论', '是否合格'],
      required: true,
      description: '合格 或 不合格',
    },
    {
      key: 'failedItems',
      header: '不合格项目',
      synonyms: ['超标项目', '不合格项目║检验结果║标准值'],
      description: '不合格时的项目,每行一个,可写作“项目║检验结果║标准值”',
    },
  ],

  build(r, ctx) {
    const sampleNo = r.text('sampleNo');
    const productName = r.text('productName');
    const category = r.choice('category', CATEGORY);
    const monitoring = r.has('monitoringType') ? (r.choice('monitoringType', MONITORING) ?? null) : null;
    const sampledPlace = r.text('sampledPlace');
    const regionText = r.text('region');
    const date = r.date('date');
    const result = r.choice('result', PASS_FAIL);
    const failed = r.text('failedItems');
    checkPassWithItems(r, result === null ? null : result === '合格', 'failedItems', failed);
    const region = place(r, ctx, 'region', [regionText, sampledPlace]);
    if (r.failed || productName === null || category === null || date === null || result === null) return null;
    const key =
      sampleNo !== null
        ? `no:${keyPart(sampleNo)}`
        : hashKey('h', [date, regionText, sampledPlace, productName, category]);
    const items = failed === null ? [] : parseFailedItems(failed);
    return {
      key,
      region,
      values: {
        natural_key: key,
        region_code: region,
        date,
        sample_no: sampleNo,
        product_name: productName,
        category,
        monitoring_type: monitoring ?? '例行监测',
        sampled_place: sampledPlace,
        passed: flag(result === '合格'),
        failed_items_json: items.length > 0 ? JSON.stringify(items) : null,
      },
    };
  },
};
