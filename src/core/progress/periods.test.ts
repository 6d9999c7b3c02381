import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  defaultSchedule,
  isPeriodKey,
  isValidDate,
  localDate,
  openPeriods,
  periodsOf,
} from './periods.ts';

describe('periodsOf', () => {
  it('makes four quarters due on the 5th of the month after each ends, Q4 in the next year', () => {
    const ps = periodsOf(defaultSchedule(2023));
    expect(ps.map((p) => [p.key, p.start, p.end, p.due])).toEqual([
      ['2023-Q1', '2023-01-01', '2023-03-31', '2023-04-05'],
      ['2023-Q2', '2023-04-01', '2023-06-30', '2023-07-05'],
      ['2023-Q3', '2023-07-01', '2023-09-30', '2023-10-05'],
      ['2023-Q4', '2023-10-01', '2023-12-31', '2024-01-05'],
    ]);
    expect(ps[0]?.label).toBe('2023年第一季度');
  });

  it('makes monthly periods from the start month, with leap-year month ends', () => {
    const ps = periodsOf({ ...defaultSchedule(2024), frequency: 'monthly', startMonth: 2, dueDay: 10 });
    expect(ps).toHaveLength(11);
    expect(ps[0]).toEqual({
      key: '2024-02',
      label: '2024年2月',
      start: '2024-02-01',
      end: '2024-02-29',
      due: '2024-03-10',
    });
    expect(ps[10]?.due).toBe('2025-01-10');
  });

  it('starts quarterly reporting with the quarter that contains the start month', () => {
    const ps = periodsOf({ ...defaultSchedule(2023), startMonth: 5 });
    expect(ps.map((p) => p.key)).toEqual(['2023-Q2', '2023-Q3', '2023-Q4']);
  });

  it('lets a per-period due date replace the rule', () => {
    const ps = periodsOf({ ...defaultSchedule(2023), dueOverrides: { '2023-Q4': '2024-01-20' } });
    expect(ps[3]?.due).toBe('2024-01-20');
    expect(ps[2]?.due).toBe('2023-10-05');
  });

  it('opens a period on its first day, not before', () => {
    const s = defaultSchedule(2023);
    expect(openPeriods(s, '2023-03-31').map((p) => p.key)).toEqual(['2023-Q1']);
    expect(openPeriods(s, '2023-04-01').map((p) => p.key)).toEqual(['2023-Q1', '2023-Q2']);
    expect(openPeriods(s, '2022-12-31')).toEqual([]);
  });
});

describe('dates', () => {
  it('takes the calendar date in UTC+8', () => {
    expect(localDate(new Date('2023-07-04T15:59:59Z'))).toBe('2023-07-04');
    expect(localDate(new Date('2023-07-04T16:00:00Z'))).toBe('2023-07-05');
  });

  it('counts days across months and years', () => {
    expect(daysBetween('2023-12-30', '2024-01-05')).toBe(6);
    expect(daysBetween('2023-07-06', '2023-07-05')).toBe(-1);
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
  });

  it('validates dates and period keys', () => {
    expect(isValidDate('2023-02-29')).toBe(false);
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2024-2-9')).toBe(false);
    expect(isPeriodKey('quarterly', '2023-Q4')).toBe(true);
    expect(isPeriodKey('quarterly', '2023-Q5')).toBe(false);
    expect(isPeriodKey('monthly', '2023-12')).toBe(true);
    expect(isPeriodKey('monthly', '2023-Q1')).toBe(false);
  });
});
