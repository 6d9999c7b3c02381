// Satisfaction survey responses: one row per respondent, one column per item score (0–100).
// Item columns are whatever the questionnaire asks, so every column that is not a known field is
// an item score.

import { cellText } from '../cell.ts';
import type { KindSpec } from '../kind-spec.ts';
import { joinKey } from '../natural-key.ts';
import { parseNumberCell } from '../parse-number.ts';
import { place } from './common.ts';

export const surveyKind: KindSpec = {
  id: 'survey',
  name: '服务业顾客满意度调查',
  description: '重点服务行业顾客满意度调查问卷,每位受访者一行;除下列各列外,其余每列为一个题项得分(0–100)',
  naturalKey: '行业+受访者编号+日期',
  regionScoped: true,
  regionField: 'region',
  extraColumns: 'items',
  fields: [
    { key: 'seq', header: '序号', description: '表内序号,导入时不使用' },
    {
      key: 'sector',
      header: '行业',
      synonyms: ['服务行业', '领域', '行业类别'],
      required: true,
      description: '服务行业,如 餐饮、旅游、交通运输',
    },
    { key: 'region', header: '地区', synonyms: ['县市', '所在县', '调查地区'], description: '调查所在县市(可填州)' },
    { key: 'date', header: '日期', synonyms: ['调查日期', '填写日期'], required: true, description: '调查日期' },
    {
      key: 'respondent',
      header: '受访者编号',
      synonyms: ['问卷编号', '样本编号', '编号'],
      required: true,
      description: '受访者或问卷编号',
    },
    { key: 'weight', header: '权重', synonyms: ['样本权重'], description: '样本权重,默认 1' },
    { key: 'remark', header: '备注', description: '备注(不入库)' },
  ],

  build(r, ctx) {
    const sector = r.text('sector');
    const date = r.date('date');
    const respondent = r.text('respondent');
    const weight = r.has('weight') ? (r.number('weight', { min: 0 }) ?? 1) : 1;
    if (weight === 0) r.error('weight', '权重必须大于 0');
    const items: Record<string, number> = {};
    for (const { header, cell } of r.extras()) {
      const p = parseNumberCell(cell);
      if (p === null) continue;
      if (!p.ok) r.error(null, `题项「${header}」的得分「${cellText(cell)}」不是数字`);
      else if (p.value < 0 || p.value > 100) r.error(null, `题项「${header}」的得分 ${p.value} 应在 0–100 之间`);
      else items[header] = p.value;
    }
    if (Object.keys(items).length === 0 && !r.failed)
      r.error(null, '没有任何题项得分(除行业、地区、日期、受访者编号、权重外的列为题项)');
    const region = place(r, ctx, 'region', [r.text('region')], { allowPrefecture: true });
    if (r.failed || !sector || !date || !respondent) return null;
    const key = joinKey([sector, respondent, date]);
    return {
      key,
      region,
      values: {
        natural_key: key,
        region_code: region,
        date,
        sector,
        respondent,
        items_json: JSON.stringify(items),
        weight,
      },
    };
  },
};
