// 药品抽检: one row per sample. The variety (通用名) is the unit of 基本药物全品种抽检覆盖率; when a
// file has no 通用名 column the drug name stands for it.
import type { KindSpec } from '../kind-spec.ts';
import { hashKey, keyPart } from '../natural-key.ts';
import { choice, PASS_FAIL } from '../parse-choice.ts';
import { flag, place } from './common.ts';

const SAMPLE_KIND = choice(['监督抽检', '评价抽检', '专项抽检', '其他'] as const, {
  监督抽验: '监督抽检',
  监督检验: '监督抽检',
  评价性抽检: '评价抽检',
  评价性抽验: '评价抽检',
  专项: '专项抽检',
  专项抽验: '专项抽检',
});

export const drugKind: KindSpec = {
  id: 'drug',
  name: '药品抽检',
  description: '药品抽检结果,按通用名统计基本药物品种覆盖',
  naturalKey: '抽样编号;无编号时为 通用名+生产企业+批号+抽样日期+被抽样单位',
  regionScoped: true,
  regionField: 'region',
  fields: [
    {
      key: 'sampleNo',
      header: '抽样编号',
      synonyms: ['检品编号', '样品编号', '抽样单编号'],
      description: '抽样编号;有则作为记录的唯一标识',
    },
    {
      key: 'drugName',
      header: '药品名称',
      synonyms: ['品名', '样品名称', '药品名称(商品名)'],
      required: true,
      description: '药品名称',
    },
    {
      key: 'variety',
      header: '通用名',
      synonyms: ['通用名称', '药品通用名', '药品通用名称', '品种'],
      description: '药品通用名(品种);不填时取药品名称',
    },
    {
      key: 'sampleKind',
      header: '抽检类型',
      synonyms: ['抽样类型', '抽检类别', '任务类别'],
      description: '监督抽检(默认)、评价抽检、专项抽检 或 其他',
    },
    {
      key: 'enterpriseName',
      header: '生产企业',
      synonyms: ['标示生产企业', '生产企业名称', '标称生产企业'],
      description: '生产企业',
    },
    { key: 'batch', header: '批号', synonyms: ['生产批号', '产品批号'], description: '批号' },
    {
      key: 'result',
      header: '检验结果',
      synonyms: ['检验结论', '结论', '判定结果', '是否合格'],
      required: true,
      description: '合格 或 不合格',
    },
    {
      key: 'sampledUnit',
      header: '被抽样单位',
      synonyms: ['被抽样单位名称', '抽样单位名称'],
      description: '被抽样单位(不入库,用于确定县市)',
    },
    {
      key: 'region',
      header: '抽样地区',
      synonyms: ['所在县', '地区', '县市', '被抽样单位地址', '抽样地点'],
      description: '抽样所在县市',
    },
    { key: 'date', header: '抽样日期', synonyms: ['抽检日期', '抽样时间'], required: true, description: '抽样日期' },
  ],

  build(r, ctx) {
    const sampleNo = r.text('sampleNo');
    const drugName = r.text('drugName');
    const variety = r.text('variety') ?? drugName;
    const sampleKind = r.has('sampleKind') ? r.choice('sampleKind', SAMPLE_KIND) : null;
    const enterpriseName = r.text('enterpriseName');
    const batch = r.text('batch');
    const result = r.choice('result', PASS_FAIL);
    const sampledUnit = r.text('sampledUnit');
    const date = r.date('date');
    const region = place(r, ctx, 'region', [r.text('region'), sampledUnit]);
    if (r.failed || !drugName || !variety || !result || !date) return null;
    const key =
      sampleNo !== null ? `no:${keyPart(sampleNo)}` : hashKey('h', [variety, enterpriseName, batch, date, sampledUnit]);
    return {
      key,
      region,
      values: {
        natural_key: key,
        region_code: region,
        date,
        sample_no: sampleNo,
        drug_name: drugName,
        variety,
        sample_kind: sampleKind ?? '监督抽检',
        enterprise_name: enterpriseName,
        batch,
        passed: flag(result === '合格'),
      },
    };
  },
};
