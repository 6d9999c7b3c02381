import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INCIDENT_CONFIG,
  discoveryProblem,
  effectiveSeverity,
  impliedSeverity,
  isVeto,
  reportClock,
} from './incident-rules.ts';

describe('incident rules', () => {
  it('grades casualties as the accident regulations do', () => {
    expect(impliedSeverity(2, '死亡')).toBe('一般');
    expect(impliedSeverity(3, '死亡')).toBe('较大');
    expect(impliedSeverity(10, '死亡')).toBe('重大');
    expect(impliedSeverity(30, '死亡')).toBe('特别重大');
    expect(impliedSeverity(49, '重伤')).toBe('较大');
    expect(impliedSeverity(50, '重伤')).toBe('重大');
    expect(impliedSeverity(500, '轻伤')).toBe('一般');
  });

  it('never lets a report rate an incident below its casualties', () => {
    expect(effectiveSeverity('一般', 3, '死亡')).toBe('较大');
    expect(effectiveSeverity('重大', 0, '无')).toBe('重大');
    expect(effectiveSeverity(null, 12, '重伤')).toBe('较大');
  });

  it('runs the reporting clock from discovery', () => {
    const discoveredAt = '2024-06-01T00:00:00.000Z';
    const late = reportClock(
      { discoveredAt, reportedAt: '2024-06-02T06:00:00.000Z', severity: '较大' },
      DEFAULT_INCIDENT_CONFIG,
    );
    expect(late).toEqual({ deadline: '2024-06-02T00:00:00.000Z', onTime: false, minutesLate: 360, hoursToReport: 30 });
    const ok = reportClock(
      { discoveredAt, reportedAt: '2024-06-03T23:00:00.000Z', severity: '一般' },
      DEFAULT_INCIDENT_CONFIG,
    );
    expect(ok).toMatchObject({ deadline: '2024-06-04T00:00:00.000Z', onTime: true, minutesLate: 0 });
    const strict = { ...DEFAULT_INCIDENT_CONFIG, reportHours: { ...DEFAULT_INCIDENT_CONFIG.reportHours, 特别重大: 2 } };
    expect(
      reportClock({ discoveredAt, reportedAt: '2024-06-01T03:00:00.000Z', severity: '特别重大' }, strict).onTime,
    ).toBe(false);
  });

  it('vetoes on major incidents and checks the discovery time', () => {
    expect(isVeto('重大', DEFAULT_INCIDENT_CONFIG)).toBe(true);
    expect(isVeto('较大', DEFAULT_INCIDENT_CONFIG)).toBe(false);
    expect(discoveryProblem('2024-06-02T00:00:00Z', '2024-06-01T00:00:00Z')).toContain('不能晚于');
    expect(discoveryProblem('x', '2024-06-01T00:00:00Z')).toContain('有效');
    expect(discoveryProblem('2024-05-31T00:00:00Z', '2024-06-01T00:00:00Z')).toBeNull();
  });
});
