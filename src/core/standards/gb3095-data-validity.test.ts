import { describe, expect, it } from 'vitest';
import {
  annualMean,
  type DatedValue,
  dailyMean,
  GB3095_TABLE4,
  HJ663_O3_MIN_VALID_WINDOWS,
  monthlyMean,
  o3DailyMax1h,
  o3DailyMax8h,
  o3EightHourMeans,
  o3MovingEightHourMeans,
} from './gb3095-data-validity.ts';
import { type UgPerM3, ugPerM3 } from './units.ts';

const day = (fill: (h: number) => number | null): (number | null)[] =>
  Array.from({ length: 24 }, (_, i) => fill(i + 1));

describe('GB 3095 Table 4 numbers', () => {
  it('match the standard', () => {
    expect(GB3095_TABLE4.minHoursPerDay).toBe(20);
    expect(GB3095_TABLE4.minHoursPerEightHourWindow).toBe(6);
    expect(GB3095_TABLE4.minMinutesPerHour).toBe(45);
    expect(GB3095_TABLE4.gasesAndPm).toEqual({ minDaysPerYear: 324, minDaysPerMonth: 27, minDaysFebruary: 25 });
    expect(GB3095_TABLE4.tspBapPb.minDaysPerYear).toBe(60);
    expect(HJ663_O3_MIN_VALID_WINDOWS).toBe(14);
  });
});

describe('dailyMean (24小时平均)', () => {
  it('is valid with 20 hourly values and invalid with 19', () => {
    const twenty = day((h) => (h <= 20 ? 30 : null));
    expect(dailyMean('2023-06-01', twenty)).toEqual({
      standard: 'GB 3095-2012',
      value: 30,
      meanOfAvailable: 30,
      valid: true,
      count: 20,
      required: 20,
    });
    const nineteen = day((h) => (h <= 19 ? 30 : null));
    expect(dailyMean('2026-06-01', nineteen)).toMatchObject({
      standard: 'GB 3095-2026',
      value: null,
      meanOfAvailable: 30,
      valid: false,
      count: 19,
    });
  });

  it('averages only the valid hours (a missing hour is not a zero)', () => {
    // Hours 2…24: (2 + … + 24) / 23 = 299 / 23 = 13.
    expect(
      dailyMean(
        '2023-06-01',
        day((h) => (h === 1 ? null : h)),
      ).value,
    ).toBe(13);
  });

  it('keeps a branded unit', () => {
    const hours: (UgPerM3 | null)[] = day(() => 40).map((v) => (v === null ? null : ugPerM3(v)));
    const r = dailyMean('2023-06-01', hours);
    const v: UgPerM3 | null = r.value;
    expect(v).toBe(40);
  });

  it('needs exactly 24 hourly slots', () => {
    expect(() => dailyMean('2023-06-01', [1, 2, 3])).toThrow(RangeError);
  });
});

describe('O3 8-hour means', () => {
  it('are the 17 windows ending 08:00…24:00 of the day', () => {
    const { windows, standard } = o3EightHourMeans(
      '2023-06-01',
      day((h) => h),
    );
    expect(standard).toBe('GB 3095-2012');
    expect(windows.map((w) => w.endHour)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
    // Window ending at hour t averages hours t−7…t: mean = t − 3.5.
    expect(windows[0]).toMatchObject({ endHour: 8, value: 4.5, count: 8, valid: true });
    expect(windows[16]).toMatchObject({ endHour: 24, value: 20.5 });
  });

  it('a window needs 6 of its 8 hours', () => {
    const six = o3EightHourMeans(
      '2023-06-01',
      day((h) => (h === 1 || h === 2 ? null : 100)),
    ).windows[0];
    expect(six).toMatchObject({ count: 6, valid: true, value: 100 });
    const five = o3EightHourMeans(
      '2023-06-01',
      day((h) => (h <= 3 ? null : 100)),
    ).windows[0];
    expect(five).toMatchObject({ count: 5, valid: false, value: null, meanOfAvailable: 100 });
  });

  it('moving means over a continuous series start at the 8th hour', () => {
    const { means } = o3MovingEightHourMeans('2023-06-01', [1, 2, 3, 4, 5, 6, 7, 8, 9, null, null, null]);
    expect(means.slice(0, 7)).toEqual([null, null, null, null, null, null, null]);
    expect(means[7]).toBe(4.5);
    expect(means[8]).toBe(5.5);
    expect(means[10]).toBe((4 + 5 + 6 + 7 + 8 + 9) / 6); // 6 of 8 hours
    expect(means[11]).toBeNull(); // 5 of 8
  });
});

describe('O3 daily max 8-hour mean (HJ 663 §6.1.2)', () => {
  it('is the max of the valid windows, valid with ≥ 14 valid windows', () => {
    const r = o3DailyMax8h(
      '2023-06-01',
      day((h) => h * 5),
    );
    expect(r).toMatchObject({ value: 102.5, valid: true, validWindows: 17, required: 14, validByExceedance: false });
    expect(r.evaluationStandard).toBe('HJ 663-2013');
  });

  it('with 14 valid windows it is valid; with 13 it is not', () => {
    // Hours 20…24 missing: windows ending 8…21 keep ≥ 6 hours (14 windows); 22…24 do not.
    const fourteen = o3DailyMax8h(
      '2023-06-01',
      day((h) => (h >= 20 ? null : 80)),
    );
    expect(fourteen).toMatchObject({ validWindows: 14, valid: true, value: 80 });
    // Hours 19…24 missing: windows ending 8…20 (13 windows).
    const thirteen = o3DailyMax8h(
      '2023-06-01',
      day((h) => (h >= 19 ? null : 80)),
    );
    expect(thirteen).toMatchObject({ validWindows: 13, valid: false, value: null, maxOfValidWindows: 80 });
  });

  it('with fewer windows it still counts when the max exceeds the limit (160)', () => {
    const high = o3DailyMax8h(
      '2023-06-01',
      day((h) => (h >= 19 ? null : 170)),
    );
    expect(high).toMatchObject({ validWindows: 13, valid: true, validByExceedance: true, value: 170 });
    const atLimit = o3DailyMax8h(
      '2023-06-01',
      day((h) => (h >= 19 ? null : 160)),
    );
    expect(atLimit.valid).toBe(false);
    const custom = o3DailyMax8h(
      '2023-06-01',
      day((h) => (h >= 19 ? null : 150)),
      { exceedanceLimit: 100 },
    );
    expect(custom.valid).toBe(true);
  });

  it('daily max 1-hour uses the 20-hour default', () => {
    expect(
      o3DailyMax1h(
        '2023-06-01',
        day((h) => h * 10),
      ),
    ).toMatchObject({ value: 240, valid: true, count: 24 });
    expect(
      o3DailyMax1h(
        '2023-06-01',
        day((h) => (h > 19 ? null : h)),
      ).valid,
    ).toBe(false);
    expect(
      o3DailyMax1h(
        '2023-06-01',
        day((h) => (h > 19 ? null : h)),
        { minHours: 1 },
      ).value,
    ).toBe(19);
  });
});

function year(y: number, keep: (date: string, index: number) => boolean, value = 35): DatedValue[] {
  const out: DatedValue[] = [];
  for (let t = Date.UTC(y, 0, 1), i = 0; new Date(t).getUTCFullYear() === y; t += 86_400_000, i++) {
    const date = new Date(t).toISOString().slice(0, 10);
    out.push({ date, value: keep(date, i) ? value : null });
  }
  return out;
}

describe('annual and monthly means (Table 4)', () => {
  it('a full year is valid', () => {
    const r = annualMean(
      2023,
      year(2023, () => true),
    );
    expect(r).toMatchObject({
      standard: 'GB 3095-2012',
      valid: true,
      value: 35,
      count: 365,
      required: 324,
      problems: [],
    });
    expect(r.months).toHaveLength(12);
  });

  it('needs 324 daily values', () => {
    // 4 missing days per month (2 in February) → 365 − 46 = 319.
    const r = annualMean(
      2023,
      year(2023, (d) => Number(d.slice(8)) > (d.slice(5, 7) === '02' ? 2 : 4)),
    );
    expect(r.count).toBe(319);
    expect(r.valid).toBe(false);
    expect(r.value).toBeNull();
    expect(r.meanOfAvailable).toBe(35);
    expect(r.problems[0]).toBe('全年有效日均值 319 个, 少于 324 个');
  });

  it('needs 27 a month (25 in February) unless told otherwise', () => {
    // March loses 5 days (26 left); everything else complete: 360 ≥ 324 but March fails.
    const r = annualMean(
      2023,
      year(2023, (d) => !(d.startsWith('2023-03-') && Number(d.slice(8)) <= 5)),
    );
    expect(r.count).toBe(360);
    expect(r.valid).toBe(false);
    expect(r.problems).toEqual(['3月有效日均值 26 个, 少于 27 个']);
    expect(
      annualMean(
        2023,
        year(2023, (d) => !(d.startsWith('2023-03-') && Number(d.slice(8)) <= 5)),
        { requireMonthlyMinimum: false },
      ).valid,
    ).toBe(true);
  });

  it('February needs 25', () => {
    const feb = (n: number) => year(2024, (d) => !d.startsWith('2024-02-') || Number(d.slice(8)) <= n);
    expect(monthlyMean(2024, 2, feb(25))).toMatchObject({ valid: true, count: 25, required: 25 });
    expect(monthlyMean(2024, 2, feb(24))).toMatchObject({ valid: false, count: 24, value: null });
  });

  it('TSP, BaP and Pb follow the 60-a-year, 5-a-month rule', () => {
    const sparse = year(2023, (d) => Number(d.slice(8)) <= 5);
    expect(annualMean(2023, sparse, { pollutant: 'Pb' })).toMatchObject({ valid: true, count: 60, required: 60 });
    expect(annualMean(2023, sparse, { pollutant: 'PM10' }).valid).toBe(false);
  });

  it('ignores other years and rejects duplicate dates', () => {
    const r = annualMean(2023, [...year(2022, () => true), ...year(2023, () => true)]);
    expect(r.count).toBe(365);
    expect(() =>
      annualMean(2023, [
        { date: '2023-01-01', value: 1 },
        { date: '2023-01-01', value: 2 },
      ]),
    ).toThrow(RangeError);
  });
});
