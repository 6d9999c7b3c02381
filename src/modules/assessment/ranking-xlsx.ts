// A scored round as a workbook: the ranking, and every point with its rule and basis.
import { beijingTime } from '../reports/report-text.ts';
import { tablesWorkbook } from '../reports/tables-xlsx.ts';
import type { AssessmentResult } from './assessment-service.ts';

export function rankingWorkbook(title: string, r: AssessmentResult): Promise<Buffer> {
  return tablesWorkbook(
    [
      {
        sheet: '排名',
        title: `${title} 排名`,
        columns: [
          { header: '排名', key: 'rank', width: 6 },
          { header: '考核对象', key: 'name', width: 30 },
          { header: '自评分', key: 'selfScore', width: 8 },
          { header: '基本分', key: 'base', width: 8 },
          { header: '扣分', key: 'deductions', width: 8 },
          { header: '加分', key: 'bonus', width: 8 },
          { header: '总分', key: 'total', width: 8 },
          { header: '等次', key: 'grade', width: 6 },
          { header: '一票否决', key: 'veto', width: 8 },
        ],
        rows: r.subjects.map((s) => ({
          rank: s.rank,
          name: s.name,
          selfScore: s.selfScore,
          base: s.base,
          deductions: s.deductions,
          bonus: s.bonus,
          total: s.total,
          grade: s.grade,
          veto: s.vetoed ? '是' : '',
        })),
      },
      {
        sheet: '得分明细',
        title: `${title} 得分明细`,
        columns: [
          { header: '考核对象', key: 'name', width: 24 },
          { header: '规则', key: 'ruleId', width: 18 },
          { header: '项目', key: 'label', width: 24 },
          { header: '分值', key: 'max', width: 6 },
          { header: '得分', key: 'points', width: 6 },
          { header: '计分依据', key: 'basis', width: 70 },
          { header: '数据明细', key: 'details', width: 70 },
        ],
        rows: r.subjects.flatMap((s) =>
          s.items.map((i) => ({
            name: s.name,
            ruleId: i.ruleId,
            label: i.label,
            max: i.max,
            points: i.points,
            basis: i.basis,
            details: i.details.join('\n'),
          })),
        ),
      },
    ],
    [
      ['考核', title],
      ['考核规则', `${r.ruleSet.name}(第 ${r.ruleSet.version ?? '—'} 版)`],
      ['评分时间(北京时间)', beijingTime(r.computedAt)],
      ['指标数据计算时间(北京时间)', beijingTime(r.indicators.computedAt)],
      ['指标期间', r.indicators.periodLabel],
    ],
  );
}
