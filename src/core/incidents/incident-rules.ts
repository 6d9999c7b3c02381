// 产品质量安全事故强制报告: severity levels, the reporting deadline counted from discovery, and
// what an incident means for the assessment (a 重大 or 特别重大 incident is a one-vote veto).
import { z } from 'zod';

export const SEVERITIES = ['一般', '较大', '重大', '特别重大'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const INJURY_LEVELS = ['无', '轻微', '轻伤', '重伤', '死亡'] as const;
export type InjuryLevel = (typeof INJURY_LEVELS)[number];

export const IncidentConfigSchema = z.object({
  /** Hours from discovery within which the report must be made, per severity. */
  reportHours: z.object({
    一般: z.number().positive().max(720),
    较大: z.number().positive().max(720),
    重大: z.number().positive().max(720),
    特别重大: z.number().positive().max(720),
  }),
  /** Severities that veto a county's assessment outright. */
  vetoSeverities: z.array(z.enum(SEVERITIES)),
});
export type IncidentConfig = z.infer<typeof IncidentConfigSchema>;

export const DEFAULT_INCIDENT_CONFIG: IncidentConfig = {
  reportHours: { 一般: 72, 较大: 24, 重大: 24, 特别重大: 24 },
  vetoSeverities: ['重大', '特别重大'],
};

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/**
 * The least severity the casualties imply, graded as 《生产安全事故报告和调查处理条例》 grades
 * accidents: deaths 3 / 10 / 30 or serious injuries 10 / 50 / 100 make it 较大 / 重大 / 特别重大.
 * `injured` counts people at the stated (worst) level.
 */
export function impliedSeverity(injured: number, level: InjuryLevel): Severity {
  if (level === '死亡') return injured >= 30 ? '特别重大' : injured >= 10 ? '重大' : injured >= 3 ? '较大' : '一般';
  if (level === '重伤') return injured >= 100 ? '特别重大' : injured >= 50 ? '重大' : injured >= 10 ? '较大' : '一般';
  return '一般';
}

/** A report may not rate an incident below what its casualties imply. */
export function effectiveSeverity(stated: Severity | null, injured: number, level: InjuryLevel): Severity {
  const implied = impliedSeverity(injured, level);
  if (!stated) return implied;
  return severityRank(stated) >= severityRank(implied) ? stated : implied;
}

export function reportDeadline(discoveredAt: string, severity: Severity, config: IncidentConfig): string {
  return new Date(Date.parse(discoveredAt) + config.reportHours[severity] * 3_600_000).toISOString();
}

export interface ReportClock {
  deadline: string;
  /** Whether the report came in by the deadline. */
  onTime: boolean;
  /** Minutes past the deadline when late, else 0. */
  minutesLate: number;
  /** Hours from discovery to the report. */
  hoursToReport: number;
}

export function reportClock(
  i: { discoveredAt: string; reportedAt: string; severity: Severity },
  config: IncidentConfig,
): ReportClock {
  const deadline = reportDeadline(i.discoveredAt, i.severity, config);
  const late = Date.parse(i.reportedAt) - Date.parse(deadline);
  return {
    deadline,
    onTime: late <= 0,
    minutesLate: late > 0 ? Math.ceil(late / 60_000) : 0,
    hoursToReport: Math.round(((Date.parse(i.reportedAt) - Date.parse(i.discoveredAt)) / 3_600_000) * 10) / 10,
  };
}

/** A discovery time later than the report (beyond clock skew) cannot be right. */
export function discoveryProblem(discoveredAt: string, reportedAt: string): string | null {
  const d = Date.parse(discoveredAt);
  if (Number.isNaN(d)) return '发现时间不是有效的日期时间';
  if (d > Date.parse(reportedAt) + 5 * 60_000) return '发现时间不能晚于报告时间';
  return null;
}

export function isVeto(severity: Severity, config: IncidentConfig): boolean {
  return config.vetoSeverities.includes(severity);
}
