// Values that responsible units report with evidence (counts, areas, output values): one row per
// indicator, region and date.
import type { KindSpec } from '../kind-spec.ts';
import { joinKey } from '../natural-key.ts';
import { place } from './common.ts';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;

export const reportedKind: KindSpec = {
  id: 'reported',
  name: '填报指标值',
  description: '责任单位填报的指标数值及佐证材料(数量、面积、产值等)',
  naturalKey: '指标代码+地区+日期',
  regionScoped: true,
  regionField: 'region',
  fields: [
    {
      key: 'indicatorCode',
      header: '指标代码',
      synonyms: ['指标编码', '代码'],
      required: true,
      description: '指标代码(字母、数字、_ . -,最长 32 位)',
    },
    { key: 'indicatorName', header: '指标名称', synonyms: ['指标'], description: '指标名称(不入库,便于核对)' },
    { key: 'region', header: '地区', synonyms: ['县市', '填报地区', '所在县'], description: '县市或州' },
    {
      key: 'date',
      header: '日期',
      synonyms: ['统计日期', '截至日期', '填报日期'],
      required: true,
      description: '数值对应的日期(截至日期)',
    },
    { key: 'value', header: '数值', synonyms: ['值', '完成值', '指标值'], required: true, description: '数值' },
    { key: 'unit', header: '单位', synonyms: ['计量单位'], required: true, description: '如 家、万亩、座、%、亿元' },
    { key: 'reporter', header: '填报单位', synonyms: ['报送单位', '责任单位'], description: '填报单位' },
    {
      key: 'evidence',
      header: '佐证材料',
      synonyms: ['证明材料', '佐证', '附件'],
      description: '佐证材料的名称、文号或链接',
    },
    { key: 'note', header: '备注', description: '备注' },
  ],

  build(r, ctx) {
    const rawCode = r.text('indicatorCode');
    const code = rawCode?.normalize('NFKC') ?? null;
    if (code !== null && !CODE.test(code))
      r.error('indicatorCode', `指标代码「${rawCode}」只能包含字母、数字、_ . -,最长 32 位`);
    const regionText = r.text('region');
    const date = r.date('date');
    const value = r.number('value');
    const unit = r.text('unit');
    const region = place(r, ctx, 'region', [regionText], { allowPrefecture: true });
    if (r.failed || !code || !date || value === null || !unit) return null;
    const key = joinKey([code, region ?? regionText, date]);
    return {
      key,
      region,
      values: {
        natural_key: key,
        region_code: region,
        date,
        indicator_code: code,
        value,
        unit,
        reporter: r.text('reporter'),
        evidence: r.text('evidence'),
        note: r.text('note'),
      },
    };
  },
};
