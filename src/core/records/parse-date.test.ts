import { describe, expect, it } from 'vitest';
import { FORMULA_WITHOUT_RESULT } from './cell.ts';
import { excelSerialParts, parseDateCell, parseDateTimeCell, parseMonthCell } from './parse-date.ts';

const ok = (value: unknown) => ({ ok: true, value });

describe('parseDateCell', () => {
  it.each([
    ['2023-05-06', '2023-05-06'],
    ['2023/5/6', '2023-05-06'],
    ['2023.5.6', '2023-05-06'],
    ['2023年5月6日', '2023-05-06'],
    ['2023 年 5 月 6 日', '2023-05-06'],
    ['20230506', '2023-05-06'],
    ['２０２３－０５－０６', '2023-05-06'],
    ['2023-05-06 13:45', '2023-05-06'],
    ['45052', '2023-05-06'],
  ])('reads %s', (text, iso) => {
    expect(parseDateCell(text)).toEqual(ok(iso));
  });

  it('reads Excel serial numbers, compact numbers and Date cells', () => {
    expect(parseDateCell(45052)).toEqual(ok('2023-05-06'));
    expect(parseDateCell(45052.75)).toEqual(ok('2023-05-06'));
    expect(parseDateCell(20230506)).toEqual(ok('2023-05-06'));
    expect(parseDateCell(new Date(Date.UTC(2023, 4, 6)))).toEqual(ok('2023-05-06'));
    expect(excelSerialParts(61)).toMatchObject({ year: 1900, month: 3, day: 1 });
  });

  it('rejects impossible and unreadable dates with a Chinese message', () => {
    expect(parseDateCell('2023-02-30')).toMatchObject({ ok: false, message: expect.stringContaining('日期不存在') });
    expect(parseDateCell('2023-13-01')).toMatchObject({ ok: false });
    expect(parseDateCell('五月六日')).toMatchObject({ ok: false, message: expect.stringContaining('无法识别的日期') });
    expect(parseDateCell('2023-05-06(周六)')).toMatchObject({ ok: false });
    expect(parseDateCell(true)).toMatchObject({ ok: false });
  });

  it('treats blanks (and cell errors, reported elsewhere) as no date', () => {
    expect(parseDateCell(null)).toBeNull();
    expect(parseDateCell('  ')).toBeNull();
    expect(parseDateCell({ error: FORMULA_WITHOUT_RESULT })).toBeNull();
  });
});

describe('parseDateTimeCell', () => {
  it.each([
    ['2023-05-06 13:00', 13],
    ['2023/5/6 13:00:00', 13],
    ['2023-05-06T07:00', 7],
    ['2023年5月6日13时', 13],
    ['2023050613', 13],
    ['2023-05-06', 0],
  ])('reads %s', (text, hour) => {
    expect(parseDateTimeCell(text)).toEqual(ok({ date: '2023-05-06', hour }));
  });

  it('reads serial date-times to the nearest minute', () => {
    expect(parseDateTimeCell(45052 + 13 / 24)).toEqual(ok({ date: '2023-05-06', hour: 13 }));
    expect(parseDateTimeCell(new Date(Date.UTC(2023, 4, 6, 13)))).toEqual(ok({ date: '2023-05-06', hour: 13 }));
  });

  it('rejects hours past 23 and times off the hour', () => {
    expect(parseDateTimeCell('2023-05-06 24:00')).toMatchObject({
      ok: false,
      message: expect.stringContaining('0–23'),
    });
    expect(parseDateTimeCell('2023-05-06 13:30')).toMatchObject({
      ok: false,
      message: expect.stringContaining('整点'),
    });
  });
});

describe('parseMonthCell', () => {
  it.each([
    ['2023-05', '2023-05'],
    ['2023/5', '2023-05'],
    ['2023年5月', '2023-05'],
    ['2023年05月份', '2023-05'],
    ['202305', '2023-05'],
    ['2023-05-17', '2023-05'],
  ])('reads %s', (text, month) => {
    expect(parseMonthCell(text)).toEqual(ok(month));
  });

  it('reads numbers and dates, rejects nonsense', () => {
    expect(parseMonthCell(202305)).toEqual(ok('2023-05'));
    expect(parseMonthCell(45052)).toEqual(ok('2023-05'));
    expect(parseMonthCell('2023-13')).toMatchObject({ ok: false });
    expect(parseMonthCell('五月')).toMatchObject({ ok: false, message: expect.stringContaining('月份') });
  });
});
