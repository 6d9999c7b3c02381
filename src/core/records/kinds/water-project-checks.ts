// Water-conservancy quality checks: 质量评定 (优良/合格/不合格) and 检测抽检 (合格/不合格).
import type { KindSpec } from '../kind-spec.ts';
import { joinKey, keyPart } from '../natural-key.ts';
import { choice } from '../parse-choice.ts';
import { place } from './common.ts';

const CHECK_KIND = choice(['质量评定', '检测抽检'] as const, {
  评定: '质量评定',
  质量等级评定: '质量评定',
  抽检: '检测抽检',
  检测: '检测抽检',
  质量检测: '检测抽检',
  质量抽检: '检测抽检',
  抽样检测: '检测抽检',
});

const GRADE = choice(['优良', '合格', '不合格'] as const, { 优: '优良', 优良等级: '优良', 合格等级: '合格' });

export const waterProjectChecksKind: KindSpec = {
  id: 'water-project-checks',
  name: '水利工程质量评定与检测抽检',
  description: '水利工程质量评定结果和质量检测抽检记录',
  naturalKey: '项目编号+报告编号;无报告编号时为 项目编号+类别+日期',
  regionScoped: true,
  regionField: 'region',
  fields: [
    {
      key: 'projectCode',
      header: '项目编号',
      synonyms: ['工程编号', '项目代码', '项目编码'],
      required: true,
      description: '与“水利工程项目”中的编号一致',
    },
    { key: 'projectName', header: '项目名称', synonyms: ['工程名称'], description: '项目名称(不入库)' },
    {
      key: 'checkKind',
      header: '类别',
      synonyms: ['检查类别', '检查类型', '记录类型'],
      required: true,
      description: '质量评定 或 检测抽检',
    },
    {
      key: 'grade',
      header: '结果',
      synonyms: ['评定等级', '质量等级', '抽检结果', '检测结果', '等级', '结论'],
      required: true,
      description: '质量评定:优良、合格 或 不合格;检测抽检:合格 或 不合格',
    },
    { key: 'region', header: '所在县', synonyms: ['县市', '地区', '所在地'], description: '项目所在县市' },
    {
      key: 'date',
      header: '日期',
      synonyms: ['评定日期', '抽检日期', '检测日期'],
      required: true,
      description: '评定或抽检日期',
    },
    {
      key: 'reportNo',
      header: '报告编号',
      synonyms: ['检测报告编号', '评定书编号'],
      description: '报告编号;有则与项目编号一起作为记录的唯一标识',
    },
  ],

  build(r, ctx) {
    const projectCode = r.text('projectCode');
    const checkKind = r.choice('checkKind', CHECK_KIND);
    const grade = r.choice('grade', GRADE);
    if (checkKind === '检测抽检' && grade === '优良') r.error('grade', '检测抽检的结果只能是合格或不合格');
    const date = r.date('date');
    const reportNo = r.text('reportNo');
    const region = place(r, ctx, 'region', [r.text('region'), r.text('projectName')]);
    if (r.failed || !projectCode || !checkKind || !grade || !date) return null;
    const key =
      reportNo !== null ? `${keyPart(projectCode)}#${keyPart(reportNo)}` : joinKey([projectCode, checkKind, date]);
    return {
      key,
      region,
      values: { natural_key: key, region_code: region, date, project_code: projectCode, check_kind: checkKind, grade },
    };
  },
};
