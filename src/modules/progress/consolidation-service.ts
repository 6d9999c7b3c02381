// The lead unit's view of a task for one period: each responsible unit's report as submitted
// (drafts stay private to their unit), so the lead can write one consolidated report. The lead's
// own report is the consolidated one; it goes through the same workflow as any other.
import { AppError } from '../../core/errors/app-error.ts';
import { type Deadline, deadlineOf } from '../../core/progress/deadline-colour.ts';
import { reportingUnitIds } from '../../core/progress/reporting-scope.ts';
import { type Ctx, requireActor } from '../shared/context.ts';
import { leadUnitIds, type PlanScopes, type ProgressDeps, periodOf, taskOf, unitName } from './plan-scope.ts';
import { type ReportSummary, type RevisionView, reportSummary, revisionViews } from './progress-view.ts';
import { linkedTargetViews } from './report-service.ts';

export function consolidationService(deps: ProgressDeps, scopes: PlanScopes) {
  const { store } = deps;
  return {
    async view(taskId: number, periodKey: string, ctx: Ctx) {
      const actor = requireActor(ctx);
      const scope = await scopes.forTask(taskId);
      const task = taskOf(scope, taskId);
      const period = periodOf(scope, periodKey);
      if (!period) throw new AppError('PROGRESS_PERIOD_INVALID');
      const leads = leadUnitIds(scope, task.id);
      const wide = actor.role === 'admin' || actor.role === 'office' || actor.role === 'viewer';
      if (!wide && !reportingUnitIds(actor, scope.units).some((id) => leads.includes(id))) {
        throw new AppError('FORBIDDEN_SCOPE', '只有该任务的牵头单位可以查看各责任单位的报告');
      }
      const reports = await store.progress.reports.list({ planId: scope.planId, taskId: task.id, period: period.key });
      const responsible = [...(scope.taskUnits.get(task.id) ?? [])].filter(([, role]) => role === 'responsible');
      const items: (Deadline & {
        unitId: number;
        unitName: string;
        report: ReportSummary | null;
        latest: RevisionView | null;
      })[] = [];
      for (const [unitId] of responsible) {
        const r = reports.find((x) => x.unitId === unitId && x.status !== 'draft') ?? null;
        let latest: RevisionView | null = null;
        if (r) {
          const revisions = (await store.progress.reports.revisions(r.id)).filter((v) => v.status !== 'draft');
          const ids = revisions.map((v) => v.id);
          const [values, evidence] = await Promise.all([
            store.progress.reports.values(ids),
            store.progress.reports.evidenceOf(ids),
          ]);
          latest = revisionViews(revisions, values, evidence)[0] ?? null;
        }
        const summary = r ? reportSummary(scope, r) : null;
        const deadline: Deadline = summary
          ? { colour: summary.colour, daysLeft: summary.daysLeft, late: summary.late }
          : deadlineOf({ due: period.due, today: scope.today, warnDays: scope.schedule.warnDays, submittedOn: null });
        items.push({ unitId, unitName: unitName(scope, unitId), ...deadline, report: summary, latest });
      }
      return {
        task: { id: task.id, title: task.title },
        period,
        leadUnits: leads.map((id) => ({ id, name: unitName(scope, id) })),
        targets: linkedTargetViews(scope, task.id),
        items,
      };
    },
  };
}
