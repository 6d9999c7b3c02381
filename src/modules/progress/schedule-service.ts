// The 州质量办's settings for a plan: reporting frequency, due-date rule, warning window and
// per-period due dates; and which targets each task serves. A period that already has reports
// or 督办单 cannot be dropped by a new schedule: its reports would no longer belong anywhere.
import { can } from '../../core/access/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { type Frequency, isValidDate, type ProgressSchedule, periodsOf } from '../../core/progress/periods.ts';
import { defaultsOf, overridesFor } from '../../core/progress/target-links.ts';
import { auditActor, type Ctx, requireActor } from '../shared/context.ts';
import { type PlanScope, type PlanScopes, type ProgressDeps, taskOf } from './plan-scope.ts';
import { linkedTargetViews } from './report-service.ts';

export interface ScheduleInput {
  planId?: number;
  frequency: Frequency;
  year: number;
  startMonth: number;
  dueDay: number;
  warnDays: number;
  dueOverrides?: Record<string, string>;
}

function scheduleView(scope: PlanScope, periodsInUse: string[]) {
  return {
    planId: scope.planId,
    planTitle: scope.plan.header.title,
    planYear: scope.plan.header.year,
    saved: scope.scheduleSaved,
    ...scope.schedule,
    periods: scope.periods,
    today: scope.today,
    periodsInUse,
  };
}

export function scheduleService(deps: ProgressDeps, scopes: PlanScopes) {
  const { store } = deps;

  function requireConfigure(ctx: Ctx) {
    const actor = requireActor(ctx);
    if (!can(actor, 'progress.configure')) throw new AppError('FORBIDDEN', '只有州质量办可以设置填报周期和目标关联');
    return actor;
  }

  return {
    async get(planId?: number) {
      const scope = await scopes.load(planId);
      return scheduleView(scope, await store.progress.reports.periodsInUse(scope.planId));
    },

    async save(input: ScheduleInput, ctx: Ctx) {
      requireConfigure(ctx);
      const scope = await scopes.load(input.planId);
      const next: ProgressSchedule = {
        frequency: input.frequency,
        year: input.year,
        startMonth: input.startMonth,
        dueDay: input.dueDay,
        warnDays: input.warnDays,
        dueOverrides: {},
      };
      const keys = new Set(periodsOf(next).map((p) => p.key));
      for (const [key, date] of Object.entries(input.dueOverrides ?? {})) {
        if (!keys.has(key)) throw new AppError('PROGRESS_PERIOD_INVALID', `「${key}」不是该设置下的填报周期`);
        if (!isValidDate(date))
          throw new AppError('VALIDATION_FAILED', `周期「${key}」的截止日期「${date}」不是有效日期`);
        next.dueOverrides[key] = date;
      }
      const audit = auditActor(ctx);
      await store.transaction(async (r) => {
        const inUse = await r.progress.reports.periodsInUse(scope.planId);
        const dropped = inUse.filter((k) => !keys.has(k));
        if (dropped.length > 0) {
          throw new AppError(
            'PROGRESS_SCHEDULE_LOCKED',
            `周期 ${dropped.join('、')} 已有报告或督办单,新的设置不能取消这些周期(不能更改填报频率或年份)`,
          );
        }
        await r.progress.schedules.save(scope.planId, next, deps.now().toISOString(), audit.actorId);
        await r.audit.record({
          ...audit,
          action: 'progress.schedule_updated',
          entity: 'plan',
          entityId: scope.planId,
          before: scope.scheduleSaved ? scope.schedule : null,
          after: next,
        });
      });
      return this.get(scope.planId);
    },

    async links(planId?: number) {
      const scope = await scopes.load(planId);
      return {
        planId: scope.planId,
        targets: scope.plan.targets.map((g) => ({
          id: g.id,
          seq: g.seq,
          indicator: g.indicator,
          text: g.text,
          comparator: g.comparator,
          value: g.value,
          unit: g.unit,
          sectionPath: g.sectionPath,
          taskId: g.taskId,
        })),
        tasks: scope.plan.tasks.map((t) => ({
          taskId: t.id,
          taskSeq: t.seq,
          taskTitle: t.title,
          targets: linkedTargetViews(scope, t.id),
        })),
      };
    },

    /** Makes a task's linked targets exactly `targetIds` (storing only the changes to the defaults). */
    async setLinks(taskId: number, targetIds: number[], ctx: Ctx) {
      requireConfigure(ctx);
      const scope = await scopes.forTask(taskId);
      const task = taskOf(scope, taskId);
      const wanted = [...new Set(targetIds)];
      for (const id of wanted) {
        if (!scope.targetById.has(id)) throw new AppError('TARGET_NOT_FOUND', `目标(编号 ${id})不属于本方案`);
      }
      const defaults = defaultsOf(scope.defaults, task.id);
      const before = linkedTargetViews(scope, task.id).map((g) => g.id);
      const audit = auditActor(ctx);
      await store.transaction(async (r) => {
        await r.progress.schedules.replaceLinkOverrides(
          scope.planId,
          task.id,
          overridesFor(task.id, defaults, wanted),
          deps.now().toISOString(),
        );
        await r.audit.record({
          ...audit,
          action: 'progress.links_updated',
          entity: 'plan_task',
          entityId: task.id,
          before: { targetIds: before },
          after: { targetIds: wanted },
        });
      });
      const fresh = await scopes.forTask(taskId);
      return { taskId: task.id, taskTitle: task.title, targets: linkedTargetViews(fresh, task.id) };
    },
  };
}

export type ScheduleService = ReturnType<typeof scheduleService>;
