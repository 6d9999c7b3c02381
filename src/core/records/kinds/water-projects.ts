// Water-conservancy projects: the denominator of 水利工程质量检测抽检率 (projects under
// construction). The record date is the start date, which may lie years before the plan year.
import type { KindSpec } from '../kind-spec.ts';
import { keyPart } from '../natural-key.ts';
import { choice } from '../parse-choice.ts';
import { place, SIZE } from './common.ts';

const STATUS = choice(['在建', '完工'] as const, {
  建设中: '在建',
  施工中: '在建',
  续建: '在建',
  新开工: '在建',
  已完工: '完工',
  竣工: '完工',
  已竣工: '完工',
  完成: '完工',
});

export const waterProjectsKind: KindSpec = {
  id: 'water-projects',
  name: '水利工程项目',
  description: '水利工程项目名录(在建/完工),用于质量检测抽检率的分母',
  naturalKey: '项目编号',
  regionScoped: true,
  regionField: 'region',
  fields: [
    {
      key: 'projectCode',
      header: '项目编号',
      synonyms: ['工程编号', '项目代码', '项目编码'],
      required: true,
      description: '项目唯一编号',
    },
    { key: 'projectName', header: '项目名称', synonyms: ['工程名称'], required: true, description: '项目名称' },
    {
      key: 'size',
      header: '工程规模',
      synonyms: ['规模', '工程等别', '项目规模'],
      required: true,
      description: '大型、中型 或 小型',
    },
    {
      key: 'status',
      header: '建设状态',
      synonyms: ['状态', '项目状态', '建设情况'],
      required: true,
      description: '在建 或 完工',
    },
    { key: 'region', header: '所在县', synonyms: ['县市', '地区', '所在地', '建设地点'], description: '项目所在县市' },
    {
      key: 'date',
      header: '开工日期',
      synonyms: ['开工时间'],
      required: true,
      description: '开工日期(可早于方案年度)',
    },
    { key: 'endDate', header: '完工日期', synonyms: ['完工时间', '竣工日期'], description: '完工日期(完工项目填写)' },
  ],

  build(r, ctx) {
    const projectCode = r.text('projectCode');
    const projectName = r.text('projectName');
    const size = r.choice('size', SIZE);
    const status = r.choice('status', STATUS);
    const date = r.date('date', { checkYear: false });
    const endDate = r.date('endDate', { checkYear: false });
    if (date !== null && endDate !== null && endDate < date)
      r.error('endDate', `完工日期 ${endDate} 早于开工日期 ${date}`);
    const region = place(r, ctx, 'region', [r.text('region'), projectName]);
    if (r.failed || !projectCode || !projectName || !size || !status || !date) return null;
    const key = keyPart(projectCode);
    return {
      key,
      region,
      values: {
        natural_key: key,
        region_code: region,
        date,
        project_code: projectCode,
        project_name: projectName,
        size,
        status,
        end_date: endDate,
      },
    };
  },
};
