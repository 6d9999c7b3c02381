import { describe, expect, it } from 'vitest';
import {
  judgeLevel,
  judgeMilestone,
  judgePace,
  judgeProportion,
  meetsTarget,
  projectPace,
  type Target,
} from './attainment.ts';

const ge97: Target = { comparator: '>=', value: 97, unit: '%' };

describe('status of a sample pass rate (Wilson)', () => {
  it.each([
    // successes, n, complete, status
    [12, 12, false, '数据不足'], // fewer than 30 records
    [98, 100, false, '达标'],
    [95, 100, false, '达标'], // 95 % but the interval [88.8, 97.9] still reaches 97
    [950, 1000, false, '预警'], // interval [93.5, 96.2] entirely below 97
    [95, 100, true, '未达标'], // the period is over
    [970, 1000, true, '达标'],
  ])('%i/%i complete=%s → %s', (k, n, complete, status) => {
    const j = judgeProportion({ successes: k, n, minRecords: 30, target: ge97, complete, label: '合格率' });
    expect(j.status).toBe(status);
    expect(j.reason).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('says why in Chinese, with the interval', () => {
    const j = judgeProportion({
      successes: 950,
      n: 1000,
      minRecords: 30,
      target: ge97,
      complete: false,
      label: '合格率',
    });
    expect(j.reason).toContain('95% 置信区间 93.47%–96.19%');
    expect(j.interval?.high).toBeCloseTo(96.19, 2);
  });

  it('mirrors the rule for "at most" targets', () => {
    const le: Target = { comparator: '<=', value: 5, unit: '%' };
    expect(
      judgeProportion({ successes: 100, n: 1000, minRecords: 30, target: le, complete: false, label: '不合格率' })
        .status,
    ).toBe('预警');
    expect(meetsTarget(4, le)).toBe(true);
  });
});

describe('level and milestone', () => {
  const base = {
    minRecords: 1,
    target: { comparator: '>=', value: 95, unit: '%' } as Target,
    label: '处理率',
    unit: '%',
  };
  it.each([
    [96, 3, false, '达标'],
    [90, 3, false, '预警'],
    [90, 3, true, '未达标'],
    [null, 0, false, '数据不足'],
  ])('value %s records %i complete=%s → %s', (value, records, complete, status) => {
    expect(judgeLevel({ ...base, value, records, complete }).status).toBe(status);
  });

  it.each([
    [1, false, '达标'],
    [0, false, '预警'],
    [0, true, '未达标'],
    [null, true, '数据不足'],
  ])('milestone %s complete=%s → %s', (value, complete, status) => {
    expect(judgeMilestone({ value, complete, label: 'x' }).status).toBe(status);
  });
});

describe('straight-line pace', () => {
  const span = { start: '2023-01-01', end: '2023-12-31' };
  it('compares progress with the share of the year elapsed and projects the day the target is reached', () => {
    // 182 of 365 days elapsed on 2023-07-02: 15 × 182/365 = 7.479 expected.
    const p = projectPace(6, 15, span, '2023-07-02');
    expect(p.elapsed).toBeCloseTo(182 / 365, 10);
    expect(p.expectedByNow).toBeCloseTo(7.479, 3);
    expect(p.onPace).toBe(false);
    expect(p.projectedAtEnd).toBeCloseTo((6 * 365) / 182, 10);
    // At 6 per 182 days, 15 takes ⌈15/6 × 182⌉ = 455 days: the 455th day from 2023-01-01.
    expect(p.projectedReachDate).toBe('2024-03-30');
    expect(projectPace(8, 15, span, '2023-07-02').onPace).toBe(true);
    expect(projectPace(15, 15, span, '2023-07-02')).toMatchObject({ reached: true, projectedReachDate: null });
  });

  it.each([
    [6, false, '预警'],
    [8, false, '达标'],
    [16, false, '达标'],
    [14, true, '未达标'],
  ])('value %i complete=%s → %s', (value, complete, status) => {
    const j = judgePace({
      value,
      records: 3,
      minRecords: 1,
      target: { comparator: '>=', value: 15, unit: '家' },
      complete,
      span,
      today: complete ? '2024-01-05' : '2023-07-02',
      label: '累计完成',
      unit: '家',
    });
    expect(j.status).toBe(status);
    if (status === '预警') expect(j.reason).toContain('预计 2024-03-30 达到目标');
  });
});
