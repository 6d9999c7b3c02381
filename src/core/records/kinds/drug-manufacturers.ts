// The registry of drug preparation manufacturers, with whether each has set up a 规范化质量控制
// 实验室 (target: 100%). A registry has no event date: 统计日期 when given, else the import's date.
import type { KindSpec } from '../kind-spec.ts';
import { keyPart } from '../natural-key.ts';
import { flag, place } from './common.ts';

export const drugManufacturersKind: KindSpec = {
  id: 'drug-manufacturers',
  name: '药品制剂生产企业',
  description: '药品制剂生产企业名录及是否建立规范化质量控制实验室',
  naturalKey: '统一社会信用代码;无代码时为企业名称',
  regionScoped: true,
  regionField: 'region',
  fields: [
    { key: 'seq', header: '序号', description: '表内序号,导入时不使用' },
    {
      key: 'name',
      header: '企业名称',
      synonyms: ['药品生产企业名称', '生产企业名称', '企业'],
      required: true,
      description: '企业名称',
    },
    {
      key: 'creditCode',
      header: '统一社会信用代码',
      synonyms: ['信用代码', '社会信用代码'],
      description: '18 位统一社会信用代码,按 GB 32100 校验',
    },
    {
      key: 'hasQcLab',
      header: '是否建立规范化质量控制实验室',
      synonyms: ['规范化质量控制实验室', '是否建立质控实验室', '质量控制实验室', '质控实验室'],
      required: true,
      description: '是 或 否',
    },
    {
      key: 'region',
      header: '所在县',
      synonyms: ['地区', '所在地', '县市', '企业地址', '地址'],
      description: '企业所在县市',
    },
    {
      key: 'date',
      header: '统计日期',
      synonyms: ['核查日期', '日期', '填报日期'],
      description: '名录的统计日期;不填时取导入当天',
    },
  ],

  build(r, ctx) {
    const name = r.text('name');
    const creditCode = r.creditCode('creditCode');
    const hasQcLab = r.yesNo('hasQcLab');
    const date = r.date('date') ?? ctx.defaultDate ?? ctx.today;
    const region = place(r, ctx, 'region', [r.text('region'), name]);
    if (r.failed || name === null || hasQcLab === null) return null;
    const key = creditCode !== null ? `code:${creditCode}` : `name:${keyPart(name)}`;
    return {
      key,
      region,
      values: {
        natural_key: key,
        region_code: region,
        date,
        name,
        credit_code: creditCode,
        has_qc_lab: flag(hasQcLab),
      },
    };
  },
};
