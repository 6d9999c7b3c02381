// What each unit owes: one report per task it serves, per period that has begun, with the
// period's due date and colour. Computed from the plan, the schedule and the reports on file,
// so a unit added to a task (or a confirmed alias) owes from then on without any backfill.
import { COLOUR_RANK, type DeadlineColour, deadlineOf } from './deadline-colour.ts';
import type { Period, ProgressSchedule } from './periods.ts';
import { openPeriods } from './periods.ts';
import { isDelivered, type ReportStatus } from './report-workflow.ts';
import type { TaskRole } from './reporting-scope.ts';

export interface ObligationTask {
  id: number;
  seq: number;
  title: string;
  units: Map<number, TaskRole>;
}

export interface ReportOnFile {
  id: number;
  taskId: number;
  unitId: number;
  period: string;
  status: ReportStatus;
  version: number;
  revision: number;
  /** ISO timestamp of the submission now on file (null while nothing is submitted). */
  submittedAt: string | null;
  returnReason: string | null;
}

export interface Obligation {
  taskId: number;
  taskSeq: number;
  taskTitle: string;
  unitId: number;
  role: TaskRole;
  period: Period;
  colour: DeadlineColour;
  daysLeft: number;
  late: boolean;
  report: ReportOnFile | null;
}

export const reportKey = (taskId: number, unitId: number, period: string) => `${taskId}/${unitId}/${period}`;

/** The local date of an ISO timestamp, for comparing a submission with a due date. */
export type ToLocalDate = (iso: string) => string;

export function obligations(input: {
  tasks: readonly ObligationTask[];
  schedule: ProgressSchedule;
  today: string;
  reports: readonly ReportOnFile[];
  toLocalDate: ToLocalDate;
  /** Only these units (a user's own); all units when absent. */
  unitIds?: readonly number[];
}): Obligation[] {
  const byKey = new Map(input.reports.map((r) => [reportKey(r.taskId, r.unitId, r.period), r]));
  const only = input.unitIds ? new Set(input.unitIds) : null;
  const out: Obligation[] = [];
  for (const period of openPeriods(input.schedule, input.today)) {
    for (const task of input.tasks) {
      for (const [unitId, role] of task.units) {
        if (only && !only.has(unitId)) continue;
        const report = byKey.get(reportKey(task.id, unitId, period.key)) ?? null;
        const delivered = report !== null && isDelivered(report.status) && report.submittedAt !== null;
        const d = deadlineOf({
          due: period.due,
          today: input.today,
          warnDays: input.schedule.warnDays,
          submittedOn: delivered && report?.submittedAt ? input.toLocalDate(report.submittedAt) : null,
        });
        out.push({ taskId: task.id, taskSeq: task.seq, taskTitle: task.title, unitId, role, period, ...d, report });
      }
    }
  }
  return out;
}

/** Most urgent first: red, then yellow, then green; within a colour the earliest due date, then task order. */
export function byUrgency(a: Obligation, b: Obligation): number {
  return (
    COLOUR_RANK[a.colour] - COLOUR_RANK[b.colour] ||
    a.period.due.localeCompare(b.period.due) ||
    a.taskSeq - b.taskSeq ||
    a.unitId - b.unitId
  );
}
