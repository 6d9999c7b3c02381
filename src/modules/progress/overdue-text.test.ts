import { describe, expect, it } from 'vitest';
import { formatOverdue } from './overdue-text.ts';

const item = {
  taskId: 1,
  taskSeq: 0,
  taskTitle: '着力提升农产品质量水平',
  unitId: 3,
  unitName: '永靖县人民政府',
  role: 'responsible' as const,
  period: '2023-Q1',
  periodLabel: '2023年第一季度',
  dueDate: '2023-04-05',
  colour: 'red' as const,
  daysLeft: -89,
  late: false,
  report: null,
};

describe('formatOverdue', () => {
  it('lists overdue reports per unit with days overdue and state', () => {
    const text = formatOverdue({
      asOf: '2023-07-03',
      total: 2,
      units: [
        {
          unitName: '永靖县人民政府',
          count: 2,
          items: [
            item,
            {
              ...item,
              report: { id: 9, status: 'returned', version: 4, revision: 1, submittedAt: null, returnReason: 'x' },
            },
          ],
        },
      ],
    });
    expect(text).toContain('共 2 份进展报告逾期未报,涉及 1 个单位');
    expect(text).toContain('永靖县人民政府(2 份)');
    expect(text).toContain('2023年第一季度  着力提升农产品质量水平  截止 2023-04-05,已逾期 89 天  [未填报]');
    expect(text).toContain('[已退回待修改]');
  });

  it('says so when nothing is overdue', () => {
    expect(formatOverdue({ asOf: '2023-07-03', total: 0, units: [] })).toBe('截至 2023-07-03,没有逾期未报的进展报告。');
  });
});
