// 竣工验收 of construction projects. "一次验收合格率" needs the attempt number: a project accepted
// at its second attempt has two rows (attempt 1 failed, attempt 2 passed).
import type { KindSpec } from '../kind-spec.ts';
import { keyPart } from '../natural-key.ts';
import { PASS_FAIL } from '../parse-choice.ts';
import { flag, place, SIZE } from './common.ts';

export const constructionKind: KindSpec = {
  id: 'construction',
  name: '工程竣工验收',
  description: '房屋建筑和市政工程竣工验收记录,每次验收一行',
  naturalKey: '项目编号+验收次数',
  regionScoped: true,
  regionField: 'region',
  fields: [
    {
      key: 'projectCode',
      header: '项目编号',
      synonyms: ['工程编号', '项目代码', '工程代码', '项目编码'],
      required: true,
      description: '项目唯一编号',
    },
    { key: 'projectName', header: '项目名称', synonyms: ['工程名称'], required: true, description: '项目名称' },
    {
      key: 'size',
      header: '工程规模',
      synonyms: ['规模', '项目规模'],
      required: true,
      description: '大型、中型 或 小型',
    },
    { key: 'attempt', header: '验收次数', synonyms: ['第几次验收', '验收批次'], description: '第几次竣工验收,默认 1' },
    {
      key: 'result',
      header: '验收结论',
      synonyms: ['验收结果', '竣工验收结论', '是否合格'],
      required: true,
      description: '合格 或 不合格',
    },
    {
      key: 'region',
      header: '所在县',
      synonyms: ['县市', '地区', '建设地点', '项目地址', '所在地'],
      description: '项目所在县市',
    },
    {
      key: 'date',
      header: '竣工验收日期',
      synonyms: ['验收日期', '竣工日期'],
      required: true,
      description: '竣工验收日期',
    },
    { key: 'builder', header: '建设单位', description: '建设单位(不入库)' },
    { key: 'remark', header: '备注', description: '备注(不入库)' },
  ],

  build(r, ctx) {
    const projectCode = r.text('projectCode');
    const projectName = r.text('projectName');
    const size = r.choice('size', SIZE);
    const attempt = r.has('attempt') ? (r.number('attempt', { integer: true, min: 1, max: 20 }) ?? 1) : 1;
    const result = r.choice('result', PASS_FAIL);
    const date = r.date('date');
    const region = place(r, ctx, 'region', [r.text('region'), projectName]);
    if (r.failed || !projectCode || !projectName || !size || !result || !date) return null;
    const key = `${keyPart(projectCode)}#${attempt}`;
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
        attempt,
        passed: flag(result === '合格'),
      },
    };
  },
};
