// Everything a progress rule needs about one plan, loaded once per call: the plan, its schedule
// and periods, today's date in the prefecture, the units and each task's units (names resolved
// live, so a confirmed alias counts at once) and the effective task–target links.
import { AppError } from '../../core/errors/app-error.ts';
import {
  defaultSchedule,
  localDate,
  type Period,
  type ProgressSchedule,
  periodsOf,
} from '../../core/progress/periods.ts';
import { type TaskRole, taskUnitRoles } from '../../core/progress/reporting-scope.ts';
import { type DefaultLink, defaultLinks, effectiveLinks, type LinkSource } from '../../core/progress/target-links.ts';
import type { Unit } from '../org/org-repository.ts';
import type { OrgService } from '../org/org-service.ts';
import type { PlanContent, StoredTarget, StoredTask } from '../plans/plan-repository.ts';
import type { PlanService } from '../plans/plan-service.ts';
import type { Store } from '../store.ts';

export interface ProgressDeps {
  store: Store;
  plans: PlanService;
  org: OrgService;
  /** The current instant; tests fix it to make colours and deadlines deterministic. */
  now: () => Date;
}

export interface PlanScope {
  plan: PlanContent;
  planId: number;
  schedule: ProgressSchedule;
  scheduleSaved: boolean;
  periods: Period[];
  today: string;
  units: Unit[];
  unitById: Map<number, Unit>;
  taskById: Map<number, StoredTask>;
  targetById: Map<number, StoredTarget>;
  /** Task id → unit id → role. */
  taskUnits: Map<number, Map<number, TaskRole>>;
  /** The links before anyone changed them (written in the task, or inferred from the words). */
  defaults: DefaultLink[];
  /** Task id → target id → how linked. */
  links: Map<number, Map<number, LinkSource>>;
}

export function planScopes(deps: ProgressDeps) {
  const { store } = deps;
  // A plan version never changes (a re-import is a new version), so its default links are computed
  // once per version: inferring them costs ~1 ms, and every progress request loads a scope.
  const defaultsByPlan = new Map<number, DefaultLink[]>();

  async function load(planId?: number): Promise<PlanScope> {
    const plan = await deps.plans.load(planId);
    const id = plan.header.id;
    const [stored, overrides, matcher, units] = await Promise.all([
      store.progress.schedules.get(id),
      store.progress.schedules.linkOverrides(id),
      deps.org.matcher(),
      store.org.listUnits(),
    ]);
    const today = localDate(deps.now());
    const schedule = stored ?? defaultSchedule(plan.header.year ?? Number(today.slice(0, 4)));
    const taskUnits = new Map(
      plan.tasks.map((t) => [t.id, taskUnitRoles(t.lead, t.responsible, (n) => matcher.idsOf(n))] as const),
    );
    let defaults = defaultsByPlan.get(id);
    if (!defaults) {
      defaults = defaultLinks(plan.targets, plan.tasks);
      defaultsByPlan.set(id, defaults);
    }
    return {
      plan,
      planId: id,
      schedule,
      scheduleSaved: stored !== null,
      periods: periodsOf(schedule),
      today,
      units,
      unitById: new Map(units.map((u) => [u.id, u])),
      taskById: new Map(plan.tasks.map((t) => [t.id, t])),
      targetById: new Map(plan.targets.map((g) => [g.id, g])),
      taskUnits,
      defaults,
      links: effectiveLinks(defaults, overrides),
    };
  }

  return {
    load,

    async forTask(taskId: number): Promise<PlanScope> {
      const planId = await store.plans.planOfTask(taskId);
      if (planId === null) throw new AppError('NOT_FOUND', '任务不存在');
      return load(planId);
    },

    async forTarget(targetId: number): Promise<PlanScope> {
      const planId = await store.progress.schedules.planOfTarget(targetId);
      if (planId === null) throw new AppError('TARGET_NOT_FOUND');
      return load(planId);
    },
  };
}

export type PlanScopes = ReturnType<typeof planScopes>;

export function periodOf(scope: PlanScope, key: string): Period | undefined {
  return scope.periods.find((p) => p.key === key);
}

export function unitName(scope: PlanScope, unitId: number): string {
  return scope.unitById.get(unitId)?.name ?? `单位 ${unitId}`;
}

export function taskOf(scope: PlanScope, taskId: number): StoredTask {
  const t = scope.taskById.get(taskId);
  if (!t) throw new AppError('NOT_FOUND', '任务不存在');
  return t;
}

export function leadUnitIds(scope: PlanScope, taskId: number): number[] {
  return [...(scope.taskUnits.get(taskId) ?? [])].filter(([, r]) => r === 'lead').map(([id]) => id);
}

/** Targets linked to a task, in plan order. */
export function linkedTargets(scope: PlanScope, taskId: number): (StoredTarget & { source: LinkSource })[] {
  const links = scope.links.get(taskId) ?? new Map<number, LinkSource>();
  return scope.plan.targets
    .filter((g) => links.has(g.id))
    .map((g) => ({ ...g, source: links.get(g.id) as LinkSource }));
}
