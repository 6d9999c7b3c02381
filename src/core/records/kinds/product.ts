// 产品质量监督抽查: one row per batch. Every outcome is kept — 合格, 不合格, 拒检, 涉嫌无证 — so both
// the pass rate (拒检 and 涉嫌无证 excluded) and the notices' 不合格发现率 can be computed and
// reconcile. Region: the producer's county (所在地, else the enterprise name).
import type { KindSpec } from '../kind-spec.ts';
import { hashKey, keyPart } from '../natural-key.ts';
import { choice } from '../parse-choice.ts';
import { checkPassWithItems, flag, place } from './common.ts';

const RESULT = choice(['合格', '不合格', '拒检', '涉嫌无证'] as const, {
  符合: '合格',
  不符合: '不合格',
  拒绝检查: '拒检',
  拒绝抽查: '拒检',
  拒绝抽样: '拒检',
  无证: '涉嫌无证',
  无证生产: '涉嫌无证',
  涉嫌无证生产: '涉嫌无证',
});

const LEVEL = choice(['国抽', '省抽', '州抽', '县抽'] as const, {
  国家监督抽查: '国抽',
  国家抽查: '国抽',
  国家级: '国抽',
  省级监督抽查: '省抽',
  省级抽查: '省抽',
  省级: '省抽',
  市抽: '州抽',
  州级监督抽查: '州抽',
  市级监督抽查: '州抽',
  州级: '州抽',
  市级: '州抽',
  县级监督抽查: '县抽',
  县级: '县抽',
});

const PRODUCT_TYPE = choice(['消费品', '工业品'] as const, {
  日用消费品: '消费品',
  工业产品: '工业品',
  生产资料: '工业品',
  工业生产资料: '工业品',
});

export const productKind: KindSpec = {
  id: 'product',
  name: '产品质量监督抽查',
  description: '产品质量监督抽查结果(国抽、省抽、州抽、县抽),含拒检与涉嫌无证批次',
  naturalKey: '抽样单编号;无编号时为 企业名称+产品名称+生产日期/批号+抽查类别+抽查日期',
  regionScoped: true,
  regionField: 'region',
  fields: [
    { key: 'seq', header: '序号', description: '表内序号,导入时不使用' },
    {
      key: 'productName',
      header: '产品名称',
      synonyms: ['产品种类', '产品', '受检产品名称', '样品名称'],
      required: true,
      description: '产品名称或种类',
    },
    {
      key: 'enterpriseName',
      header: '企业名称',
      synonyms: ['生产企业', '生产企业名称', '受检企业', '受检单位名称', '标称生产企业名称', '企业'],
      required: true,
      description: '生产企业',
    },
    {
      key: 'region',
      header: '所在地',
      synonyms: ['所属地市', '所在县', '企业所在地', '所在地区', '地区', '县市'],
      description: '生产企业所在县市;按生产企业所在地统计',
    },
    { key: 'brand', header: '商标', synonyms: ['品牌'], description: '商标(不入库)' },
    { key: 'spec', header: '规格型号', synonyms: ['规格', '型号'], description: '规格型号(不入库)' },
    {
      key: 'batch',
      header: '生产日期/批号',
      synonyms: ['生产日期', '批号', '生产日期或批号'],
      description: '生产日期或批号',
    },
    {
      key: 'result',
      header: '抽查结果',
      synonyms: ['检验结果', '结果', '结论', '检验结论'],
      required: true,
      description: '合格、不合格、拒检 或 涉嫌无证',
    },
    { key: 'failedItems', header: '主要不合格项目', synonyms: ['不合格项目'], description: '不合格时的主要不合格项目' },
    { key: 'lab', header: '承检机构', synonyms: ['检验机构', '检验单位'], description: '承检机构' },
    {
      key: 'level',
      header: '抽查类别',
      synonyms: ['抽查级别', '抽查层级', '抽查类型'],
      required: true,
      description: '国抽、省抽、州抽(市抽) 或 县抽',
    },
    {
      key: 'productType',
      header: '产品类型',
      synonyms: ['产品类别', '消费品/工业品'],
      required: true,
      description: '消费品 或 工业品',
    },
    {
      key: 'keyConsumer',
      header: '是否重点消费品',
      synonyms: ['重点消费品', '是否属于重点消费品'],
      description: '是/否(默认否);重点消费品质量监督抽查合格率按此统计',
    },
    {
      key: 'localProducer',
      header: '是否本地企业',
      synonyms: ['本地企业', '是否本地生产企业', '本地生产企业'],
      description: '是/否(默认是);制造业产品质量抽查合格率只统计本地企业',
    },
    {
      key: 'creditCode',
      header: '统一社会信用代码',
      synonyms: ['企业统一社会信用代码', '信用代码'],
      description: '18 位统一社会信用代码,按 GB 32100 校验',
    },
    {
      key: 'date',
      header: '抽查日期',
      synonyms: ['抽样日期', '抽查时间', '公告日期'],
      required: true,
      description: '抽样或公告日期',
    },
    {
      key: 'sampleNo',
      header: '抽样单编号',
      synonyms: ['抽样编号', '报告编号'],
      description: '抽样单编号;有则作为记录的唯一标识',
    },
  ],

  build(r, ctx) {
    const productName = r.text('productName');
    const enterpriseName = r.text('enterpriseName');
    const regionText = r.text('region');
    const batch = r.text('batch');
    const result = r.choice('result', RESULT);
    const failedItems = r.text('failedItems');
    checkPassWithItems(r, result === null ? null : result === '合格', 'failedItems', failedItems);
    const level = r.choice('level', LEVEL);
    const productType = r.choice('productType', PRODUCT_TYPE);
    const keyConsumer = r.has('keyConsumer') ? (r.yesNo('keyConsumer') ?? false) : false;
    if (keyConsumer && productType === '工业品') r.error('keyConsumer', '工业品不能标记为重点消费品');
    const localProducer = r.has('localProducer') ? (r.yesNo('localProducer') ?? true) : true;
    const creditCode = r.creditCode('creditCode');
    const date = r.date('date');
    const sampleNo = r.text('sampleNo');
    const region = place(r, ctx, 'region', [regionText, enterpriseName]);
    if (r.failed || !productName || !enterpriseName || !result || !level || !productType || !date) return null;
    const key =
      sampleNo !== null ? `no:${keyPart(sampleNo)}` : hashKey('h', [enterpriseName, productName, batch, level, date]);
    return {
      key,
      region,
      values: {
        natural_key: key,
        region_code: region,
        date,
        product_name: productName,
        product_type: productType === '消费品' ? 'consumer' : 'industrial',
        key_consumer: flag(keyConsumer),
        enterprise_name: enterpriseName,
        enterprise_credit_code: creditCode,
        local_producer: flag(localProducer),
        level,
        result,
        failed_items: failedItems,
        batch,
        lab: r.text('lab'),
      },
    };
  },
};
