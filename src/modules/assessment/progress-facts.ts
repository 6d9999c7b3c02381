// Per-unit report timeliness and progress for the assessment. The progress module does not (yet)
// export a "timeliness per unit" service, so this is the small interface assessment needs and an
// adapter built from what progress does export: its plan scope (tasks, units, links, schedule),
// its pure obligation rule (what each unit owes per period and whether it came in late) and a
// read of the reports' current revisions. Progress can later implement ProgressFactsSource itself.
import type { ReportFact, TargetProgressFact } from '../../core/assessment/facts.ts';
import { type ObligationTask, obligations, type ReportOnFile } from '../../core/progress/obligations.ts';
import { isDelivered } from '../../core/progress/report-workflow.ts';
import type { OrgService } from '../org/org-service.ts';
import type { PlanService } from '../plans/plan-service.ts';
import { planScopes } from '../progress/plan-scope.ts';
import { toLocalDate } from '../progress/progress-view.ts';
import type { Store } from '../store.ts';

export interface TaskInfo {
  id: number;
  seq: number;
  title: string;
  /** Unit id → role. */
  units: Map<number, 'lead' | 'responsible'>;
  /** Plan target ids linked to the task. */
  targetIds: number[];
}

export interface UnitProgressFacts {
  reports: ReportFact[];
  targets: TargetProgressFact[];
}

export interface PlanProgressFacts {
  planId: number;
  planVersion: number;
  asOf: string;
  tasks: TaskInfo[];
  /** Facts of one set of units (a county government, a department). */
  forUnits(unitIds: readonly number[]): UnitProgressFacts;
}

export interface ProgressFactsSource {
  /** The plan of the year (latest version), or null when there is none. */
  forYear(year: number): Promise<PlanProgressFacts | null>;
}

export function progressFactsSource(deps: {
  store: Store;
  plans: PlanService;
  org: OrgService;
  now: () => Date;
}): ProgressFactsSource {
  const scopes = planScopes(deps);
  return {
    async forYear(year) {
      const header = (await deps.store.plans.listHeaders()).find((h) => h.year === year);
      if (!header) return null;
      const scope = await scopes.load(header.id);
      const [reports, revisions] = await Promise.all([
        deps.store.progress.reports.list({ planId: scope.planId }),
        deps.store.assessment.currentRevisionFacts(scope.planId),
      ]);
      const onFile: ReportOnFile[] = reports.map((r) => ({
        id: r.id,
        taskId: r.taskId,
        unitId: r.unitId,
        period: r.period,
        status: r.status,
        version: r.version,
        revision: r.revision,
        submittedAt: r.submittedAt,
        returnReason: r.returnReason,
      }));
      const tasks: ObligationTask[] = scope.plan.tasks.map((t) => ({
        id: t.id,
        seq: t.seq,
        title: t.title,
        units: scope.taskUnits.get(t.id) ?? new Map(),
      }));
      // Only periods whose due date has passed are owed; a report delivered early still counts then.
      const owed = obligations({
        tasks,
        schedule: scope.schedule,
        today: scope.today,
        reports: onFile,
        toLocalDate,
      }).filter((o) => o.period.due < scope.today);
      const periodOrder = new Map(scope.periods.map((p, i) => [p.key, i]));
      const taskInfo: TaskInfo[] = tasks.map((t) => ({
        id: t.id,
        seq: t.seq,
        title: t.title,
        units: t.units,
        targetIds: [...(scope.links.get(t.id)?.keys() ?? [])],
      }));

      return {
        planId: scope.planId,
        planVersion: scope.plan.header.version,
        asOf: scope.today,
        tasks: taskInfo,
        forUnits(unitIds) {
          const mine = new Set(unitIds);
          const facts: ReportFact[] = owed
            .filter((o) => mine.has(o.unitId))
            .map((o) => {
              const r = o.report;
              const delivered = r !== null && isDelivered(r.status) && r.submittedAt !== null;
              return {
                reportId: r?.id ?? null,
                taskId: o.taskId,
                taskSeq: o.taskSeq,
                taskTitle: o.taskTitle,
                role: o.role,
                period: o.period.key,
                periodLabel: o.period.label,
                due: o.period.due,
                status: r?.status ?? 'missing',
                submittedOn: delivered && r?.submittedAt ? toLocalDate(r.submittedAt) : null,
                late: o.late,
                evidenceCount: r ? (revisions.get(r.id)?.evidenceCount ?? 0) : 0,
              };
            });
          const targets: TargetProgressFact[] = [];
          for (const t of taskInfo) {
            const roles = [...t.units].filter(([id]) => mine.has(id));
            if (roles.length === 0) continue;
            const role = roles.some(([, r]) => r === 'lead') ? 'lead' : 'responsible';
            // The latest delivered report of these units on this task, per target.
            const delivered = reports
              .filter((r) => r.taskId === t.id && mine.has(r.unitId) && isDelivered(r.status))
              .sort((a, b) => (periodOrder.get(b.period) ?? 0) - (periodOrder.get(a.period) ?? 0));
            for (const targetId of t.targetIds) {
              const g = scope.targetById.get(targetId);
              if (!g) continue;
              let reported: number | null = null;
              let reportedPeriod: string | null = null;
              for (const r of delivered) {
                const v = revisions.get(r.id)?.values.find((x) => x.targetId === targetId && x.value !== null);
                if (v) {
                  reported = v.value;
                  reportedPeriod = scope.periods.find((p) => p.key === r.period)?.label ?? r.period;
                  break;
                }
              }
              targets.push({
                taskSeq: t.seq,
                role,
                targetId,
                indicator: g.indicator || g.text,
                comparator: g.comparator,
                target: g.value,
                unit: g.unit,
                reported,
                reportedPeriod,
              });
            }
          }
          return { reports: facts, targets };
        },
      };
    },
  };
}
