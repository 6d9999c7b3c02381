// What units owe and by when: a unit's own list (我的填报), everything overdue for the 州质量办
// (逾期一览, also the CLI), and for one target the tasks behind it with their units' report
// status, so a target in 预警 or 未达标 leads to the people who answer for it.
import { AppError } from '../../core/errors/app-error.ts';
import { deadlineOf } from '../../core/progress/deadline-colour.ts';
import { byUrgency, type ObligationTask, obligations, type ReportOnFile } from '../../core/progress/obligations.ts';
import type { Period } from '../../core/progress/periods.ts';
import { isDelivered } from '../../core/progress/report-workflow.ts';
import { reportingUnitIds } from '../../core/progress/reporting-scope.ts';
import { type Ctx, requireActor } from '../shared/context.ts';
import { type PlanScope, type PlanScopes, type ProgressDeps, periodOf, unitName } from './plan-scope.ts';
import { type ObligationView, obligationView, toLocalDate } from './progress-view.ts';
import type { ReportRow } from './report-repository.ts';

export function obligationTasks(scope: PlanScope): ObligationTask[] {
  return scope.plan.tasks.map((t) => ({
    id: t.id,
    seq: t.seq,
    title: t.title,
    units: scope.taskUnits.get(t.id) ?? new Map(),
  }));
}

function onFile(r: ReportRow): ReportOnFile {
  return {
    id: r.id,
    taskId: r.taskId,
    unitId: r.unitId,
    period: r.period,
    status: r.status,
    version: r.version,
    revision: r.revision,
    submittedAt: r.submittedAt,
    returnReason: r.returnReason,
  };
}

/** The period a target view defaults to: the latest one already due, else the current one. */
function defaultPeriod(scope: PlanScope): Period | null {
  const due = scope.periods.filter((p) => p.due <= scope.today);
  return due[due.length - 1] ?? scope.periods.filter((p) => p.start <= scope.today).pop() ?? null;
}

export function obligationService(deps: ProgressDeps, scopes: PlanScopes) {
  const { store } = deps;

  async function all(scope: PlanScope, unitIds?: number[]) {
    const reports = await store.progress.reports.list({ planId: scope.planId, unitIds });
    return obligations({
      tasks: obligationTasks(scope),
      schedule: scope.schedule,
      today: scope.today,
      reports: reports.map(onFile),
      toLocalDate,
      unitIds,
    });
  }

  return {
    async mine(q: { planId?: number; period?: string }, ctx: Ctx) {
      const actor = requireActor(ctx);
      const scope = await scopes.load(q.planId);
      const unitIds = reportingUnitIds(actor, scope.units);
      const list = (await all(scope, unitIds)).filter((o) => !q.period || o.period.key === q.period).sort(byUrgency);
      const notices = await store.progress.notices.list({ planId: scope.planId, unitIds, status: 'open' });
      return {
        asOf: scope.today,
        planId: scope.planId,
        units: unitIds.map((id) => ({ id, name: unitName(scope, id) })),
        periods: scope.periods.filter((p) => p.start <= scope.today),
        openNotices: notices.length,
        items: list.map((o) => obligationView(scope, o)),
      };
    },

    /** Every overdue report, grouped by unit, most overdue units first. */
    async overdue(q: { planId?: number }, _ctx: Ctx) {
      const scope = await scopes.load(q.planId);
      const red = (await all(scope)).filter((o) => o.colour === 'red').sort(byUrgency);
      const byUnit = new Map<number, ObligationView[]>();
      for (const o of red) {
        const list = byUnit.get(o.unitId) ?? [];
        list.push(obligationView(scope, o));
        byUnit.set(o.unitId, list);
      }
      const order = new Map(scope.units.map((u, i) => [u.id, i]));
      const units = [...byUnit]
        .map(([unitId, items]) => ({ unitId, unitName: unitName(scope, unitId), count: items.length, items }))
        .sort((a, b) => b.count - a.count || (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0));
      return { asOf: scope.today, planId: scope.planId, total: red.length, units };
    },

    async targetTasks(targetId: number, q: { period?: string }, ctx: Ctx) {
      requireActor(ctx);
      const scope = await scopes.forTarget(targetId);
      const target = scope.targetById.get(targetId);
      if (!target) throw new AppError('TARGET_NOT_FOUND');
      let period: Period | null = defaultPeriod(scope);
      if (q.period) {
        const p = periodOf(scope, q.period);
        if (!p) throw new AppError('PROGRESS_PERIOD_INVALID');
        period = p;
      }
      const tasks = scope.plan.tasks.filter((t) => scope.links.get(t.id)?.has(targetId));
      const reports = period
        ? (await store.progress.reports.list({ planId: scope.planId, period: period.key })).filter((r) =>
            tasks.some((t) => t.id === r.taskId),
          )
        : [];
      const values = await store.progress.reports.deliveredValues(
        targetId,
        reports.map((r) => r.id),
      );
      return {
        target: {
          id: target.id,
          indicator: target.indicator,
          text: target.text,
          comparator: target.comparator,
          value: target.value,
          unit: target.unit,
          taskId: target.taskId,
        },
        period,
        tasks: tasks.map((t) => ({
          taskId: t.id,
          taskSeq: t.seq,
          taskTitle: t.title,
          source: scope.links.get(t.id)?.get(targetId) ?? 'default',
          units: [...(scope.taskUnits.get(t.id) ?? [])].map(([unitId, role]) => {
            const r = reports.find((x) => x.taskId === t.id && x.unitId === unitId) ?? null;
            const delivered = r !== null && isDelivered(r.status) && r.submittedAt !== null;
            const d = period
              ? deadlineOf({
                  due: period.due,
                  today: scope.today,
                  warnDays: scope.schedule.warnDays,
                  submittedOn: delivered && r?.submittedAt ? toLocalDate(r.submittedAt) : null,
                })
              : null;
            return {
              unitId,
              unitName: unitName(scope, unitId),
              role,
              reportId: r?.id ?? null,
              status: r?.status ?? null,
              colour: d?.colour ?? null,
              daysLeft: d?.daysLeft ?? null,
              reportedValue: r ? (values.get(r.id) ?? null) : null,
            };
          }),
        })),
      };
    },
  };
}

export type ObligationService = ReturnType<typeof obligationService>;
