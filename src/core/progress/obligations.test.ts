import { describe, expect, it } from 'vitest';
import { byUrgency, obligations, type ReportOnFile } from './obligations.ts';
import { defaultSchedule, localDate } from './periods.ts';

const tasks = [
  {
    id: 1,
    seq: 0,
    title: '甲',
    units: new Map([
      [7, 'lead' as const],
      [8, 'responsible' as const],
    ]),
  },
  { id: 2, seq: 1, title: '乙', units: new Map([[8, 'lead' as const]]) },
];
const report = (p: Partial<ReportOnFile>): ReportOnFile => ({
  id: 1,
  taskId: 1,
  unitId: 8,
  period: '2023-Q1',
  status: 'draft',
  version: 1,
  revision: 1,
  submittedAt: null,
  returnReason: null,
  ...p,
});
const toLocalDate = (iso: string) => localDate(new Date(iso));

describe('obligations', () => {
  it('lists every unit × task × begun period with its colour on a fixed day', () => {
    const list = obligations({ tasks, schedule: defaultSchedule(2023), today: '2023-07-03', reports: [], toLocalDate });
    // Q1, Q2 and Q3 have begun; 3 unit-task pairs each.
    expect(list).toHaveLength(9);
    const colours = (period: string) => [...new Set(list.filter((o) => o.period.key === period).map((o) => o.colour))];
    expect(colours('2023-Q1')).toEqual(['red']);
    expect(colours('2023-Q2')).toEqual(['yellow']);
    expect(colours('2023-Q3')).toEqual(['green']);
  });

  it('keeps only the given units, and counts a submitted report as delivered', () => {
    const list = obligations({
      tasks,
      schedule: defaultSchedule(2023),
      today: '2023-07-03',
      unitIds: [8],
      toLocalDate,
      reports: [
        report({ status: 'submitted', submittedAt: '2023-04-05T15:00:00Z' }), // 23:00 local on the due date
        report({ taskId: 2, status: 'returned', submittedAt: '2023-04-01T01:00:00Z', returnReason: '缺少数据' }),
      ],
    });
    expect(list.every((o) => o.unitId === 8)).toBe(true);
    const q1 = list.filter((o) => o.period.key === '2023-Q1');
    expect(q1.find((o) => o.taskId === 1)).toMatchObject({ colour: 'green', late: false });
    // Returned: open again, and its period is overdue.
    expect(q1.find((o) => o.taskId === 2)).toMatchObject({ colour: 'red', report: { returnReason: '缺少数据' } });
  });

  it('flags a report submitted after its due date as late', () => {
    const [o] = obligations({
      tasks: [tasks[1]!],
      schedule: defaultSchedule(2023),
      today: '2023-05-01',
      toLocalDate,
      reports: [report({ taskId: 2, status: 'accepted', submittedAt: '2023-04-05T16:30:00Z' })],
    });
    expect(o).toMatchObject({ colour: 'green', late: true });
  });

  it('sorts red before yellow before green', () => {
    const list = obligations({ tasks, schedule: defaultSchedule(2023), today: '2023-07-03', reports: [], toLocalDate });
    const sorted = [...list].sort(byUrgency).map((o) => o.colour);
    expect(sorted.indexOf('yellow')).toBeGreaterThan(sorted.lastIndexOf('red'));
    expect(sorted.indexOf('green')).toBeGreaterThan(sorted.lastIndexOf('yellow'));
  });
});
