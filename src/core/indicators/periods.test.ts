import { describe, expect, it } from 'vitest';
import { isComplete, periodsOfYear, resolvePeriod, samePeriodLastYear, targetSpan, ytdEndMonth } from './periods.ts';

const today = '2023-07-15';

describe('periods', () => {
  it.each([
    ['2023-05', 'month', ['2023-05'], '2023-05-01', '2023-05-31', '2023年5月'],
    ['2023-Q2', 'quarter', ['2023-04', '2023-05', '2023-06'], '2023-04-01', '2023-06-30', '2023年第二季度'],
    ['2024-02', 'month', ['2024-02'], '2024-02-01', '2024-02-29', '2024年2月'],
    ['2023', 'year', null, '2023-01-01', '2023-12-31', '2023年'],
  ])('%s', (key, kind, months, start, end, label) => {
    const p = resolvePeriod(key, { today });
    expect(p.kind).toBe(kind);
    if (months) expect(p.months).toEqual(months);
    else expect(p.months).toHaveLength(12);
    expect([p.start, p.end, p.label]).toEqual([start, end, label]);
  });

  it('runs the year to date through the last month with data, never past today', () => {
    expect(resolvePeriod('2023-YTD', { today, lastDataMonth: '2023-05' }).months).toHaveLength(5);
    expect(resolvePeriod('2023-YTD', { today, lastDataMonth: '2023-05' }).label).toBe('2023年1—5月');
    // Data dated after today (a typo in a file) does not stretch the period.
    expect(ytdEndMonth(2023, { today, lastDataMonth: '2023-11' })).toBe(7);
    // No data: through the current month; a past year without data: the whole year.
    expect(ytdEndMonth(2023, { today })).toBe(7);
    expect(ytdEndMonth(2022, { today })).toBe(12);
    expect(ytdEndMonth(2022, { today, lastDataMonth: '2022-10' })).toBe(10);
  });

  it('rejects malformed keys', () => {
    for (const k of ['2023-13', '2023-Q5', '23-05', '2023-H1', ''])
      expect(() => resolvePeriod(k, { today })).toThrow(RangeError);
  });

  it('knows completeness, last year, target spans and a full year of periods', () => {
    expect(isComplete(resolvePeriod('2023-06', { today }), today)).toBe(true);
    expect(isComplete(resolvePeriod('2023-07', { today }), today)).toBe(false);
    // The year to date through June is judged against the year, which is not over.
    expect(isComplete(resolvePeriod('2023-YTD', { today, lastDataMonth: '2023-06' }), today)).toBe(false);
    expect(isComplete(resolvePeriod('2022-YTD', { today }), today)).toBe(true);
    expect(samePeriodLastYear(resolvePeriod('2023-Q1', { today }))).toEqual(['2022-01', '2022-02', '2022-03']);
    expect(targetSpan(resolvePeriod('2023-YTD', { today }))).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(targetSpan(resolvePeriod('2023-Q3', { today }))).toEqual({ start: '2023-07-01', end: '2023-09-30' });
    expect(periodsOfYear(2023, { today }).map((p) => p.key)).toHaveLength(18);
  });
});
