// Shapes reports, revisions and obligations for readers: unit and task names, period labels,
// due dates and colours, so the web UI and the CLI show the same facts.
import { type Deadline, deadlineOf } from '../../core/progress/deadline-colour.ts';
import type { Obligation } from '../../core/progress/obligations.ts';
import { localDate } from '../../core/progress/periods.ts';
import { isDelivered, type ReportStatus } from '../../core/progress/report-workflow.ts';
import type { TaskRole } from '../../core/progress/reporting-scope.ts';
import { type PlanScope, periodOf, unitName } from './plan-scope.ts';
import type { EvidenceRow, ReportRow, RevisionRow, ValueRow } from './report-repository.ts';

export const toLocalDate = (iso: string) => localDate(new Date(iso));

export interface ReportSummary extends Deadline {
  id: number;
  planId: number;
  taskId: number;
  taskSeq: number;
  taskTitle: string;
  unitId: number;
  unitName: string;
  role: TaskRole;
  period: string;
  periodLabel: string;
  dueDate: string;
  status: ReportStatus;
  version: number;
  revision: number;
  submittedAt: string | null;
  updatedAt: string;
  returnReason: string | null;
}

export function reportDeadline(scope: PlanScope, r: ReportRow): Deadline & { label: string; due: string } {
  const p = periodOf(scope, r.period);
  const due = p?.due ?? r.period;
  const delivered = isDelivered(r.status) && r.submittedAt !== null;
  return {
    label: p?.label ?? r.period,
    due,
    ...deadlineOf({
      due,
      today: scope.today,
      warnDays: scope.schedule.warnDays,
      submittedOn: delivered && r.submittedAt ? toLocalDate(r.submittedAt) : null,
    }),
  };
}

export function reportSummary(scope: PlanScope, r: ReportRow): ReportSummary {
  const task = scope.taskById.get(r.taskId);
  const { label, due, ...deadline } = reportDeadline(scope, r);
  return {
    id: r.id,
    planId: r.planId,
    taskId: r.taskId,
    taskSeq: task?.seq ?? 0,
    taskTitle: task?.title ?? '',
    unitId: r.unitId,
    unitName: unitName(scope, r.unitId),
    role: r.role,
    period: r.period,
    periodLabel: label,
    dueDate: due,
    status: r.status,
    version: r.version,
    revision: r.revision,
    submittedAt: r.submittedAt,
    updatedAt: r.updatedAt,
    returnReason: r.returnReason,
    ...deadline,
  };
}

export interface EvidenceView {
  id: number;
  fileName: string;
  kind: string;
  size: number;
  uploadedAt: string;
  uploadedBy: string;
  url: string;
}

export function evidenceView(e: EvidenceRow): EvidenceView {
  return {
    id: e.id,
    fileName: e.fileName,
    kind: e.kind,
    size: e.size,
    uploadedAt: e.uploadedAt,
    uploadedBy: e.uploadedBy,
    url: `/api/progress/evidence/${e.id}`,
  };
}

export interface RevisionView {
  id: number;
  revision: number;
  status: ReportStatus;
  text: string;
  values: { targetId: number; value: number | null; note: string | null }[];
  evidence: EvidenceView[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  submittedAt: string | null;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  reviewComment: string | null;
}

export function revisionViews(revisions: RevisionRow[], values: ValueRow[], evidence: EvidenceRow[]): RevisionView[] {
  return revisions.map((v) => ({
    id: v.id,
    revision: v.revision,
    status: v.status,
    text: v.text,
    values: values
      .filter((x) => x.revisionId === v.id)
      .map((x) => ({ targetId: x.targetId, value: x.value, note: x.note })),
    evidence: evidence.filter((e) => e.revisionId === v.id).map(evidenceView),
    createdAt: v.createdAt,
    createdBy: v.createdBy,
    updatedAt: v.updatedAt,
    submittedAt: v.submittedAt,
    submittedBy: v.submittedBy,
    reviewedAt: v.reviewedAt,
    reviewedBy: v.reviewedBy,
    reviewComment: v.reviewComment,
  }));
}

export interface ObligationView extends Deadline {
  taskId: number;
  taskSeq: number;
  taskTitle: string;
  unitId: number;
  unitName: string;
  role: TaskRole;
  period: string;
  periodLabel: string;
  dueDate: string;
  report: {
    id: number;
    status: ReportStatus;
    version: number;
    revision: number;
    submittedAt: string | null;
    returnReason: string | null;
  } | null;
}

export function obligationView(scope: PlanScope, o: Obligation): ObligationView {
  return {
    taskId: o.taskId,
    taskSeq: o.taskSeq,
    taskTitle: o.taskTitle,
    unitId: o.unitId,
    unitName: unitName(scope, o.unitId),
    role: o.role,
    period: o.period.key,
    periodLabel: o.period.label,
    dueDate: o.period.due,
    colour: o.colour,
    daysLeft: o.daysLeft,
    late: o.late,
    report: o.report
      ? {
          id: o.report.id,
          status: o.report.status,
          version: o.report.version,
          revision: o.report.revision,
          submittedAt: o.report.submittedAt,
          returnReason: o.report.returnReason,
        }
      : null,
  };
}
