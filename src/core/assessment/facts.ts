// What scoring reads about one subject (a county or a department), gathered by the assessment
// service from the indicator, progress, incident and disposal services. Scoring is a pure
// function of these facts and the rule set, so a score can be recomputed and explained.
import type { Comparator } from '../plan/types.ts';
import type { SubjectKind } from './rule-set.ts';

export type IndicatorStatus = '达标' | '未达标' | '预警' | '数据不足';

/** One indicator's value for the subject's region and the assessed period, as the dashboard shows it. */
export interface IndicatorFact {
  code: string;
  name: string;
  unit: string;
  region: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  records: number;
  status: IndicatorStatus;
  statusReason: string;
  target: { comparator: Comparator; value: number; unit: string };
}

export type ReportState = 'missing' | 'draft' | 'submitted' | 'returned' | 'accepted';

/** One report a unit owed for a period already due. */
export interface ReportFact {
  reportId: number | null;
  taskId: number;
  taskSeq: number;
  taskTitle: string;
  role: 'lead' | 'responsible';
  period: string;
  periodLabel: string;
  due: string;
  status: ReportState;
  /** Local date of the submission on file, when delivered (submitted or accepted). */
  submittedOn: string | null;
  late: boolean;
  evidenceCount: number;
}

/** A plan target linked to one of the subject's tasks, with the latest value its reports gave. */
export interface TargetProgressFact {
  taskSeq: number;
  role: 'lead' | 'responsible';
  targetId: number;
  indicator: string;
  comparator: Comparator;
  target: number;
  unit: string;
  reported: number | null;
  reportedPeriod: string | null;
}

export interface IncidentFact {
  bySeverity: Record<string, number>;
}

export interface BonusEntry {
  id: number;
  ruleId: string;
  title: string;
  /** Points claimed by the office for this entry (≤ the rule's pointsEach × count). */
  count: number;
  evidence: string;
}

export interface SubjectFacts {
  key: string;
  name: string;
  kind: SubjectKind;
  regionCode: string | null;
  unitIds: number[];
  /** Indicator code → fact, for the fixed indicator rules (county-level values). */
  indicators: Map<string, IndicatorFact>;
  /** Departments: facts of the indicators linked to the tasks the department leads (州 level). */
  linkedIndicators: IndicatorFact[];
  reports: ReportFact[];
  targets: TargetProgressFact[];
  incidents: IncidentFact | null;
  overdueDisposal: number | null;
  bonuses: BonusEntry[];
}
