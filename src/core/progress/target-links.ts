// Which plan targets a task serves. By default: the targets the parser found inside the task's
// own text (plan_targets.task_id), and for a target stated outside any task (主要目标, 专栏) the
// task its words point to (infer-target-links.ts). The 州质量办 adds links or removes default
// ones; only those changes are stored, so a default link follows the plan and a person's
// decision is never silently overridden.
import { type InferTarget, type InferTask, inferTargetTasks } from './infer-target-links.ts';

/** default: the target is written in the task; inferred: matched by its words; manual: a person. */
export type LinkSource = 'default' | 'inferred' | 'manual';

export interface LinkOverride {
  taskId: number;
  targetId: number;
  linked: boolean;
}

export interface DefaultLink {
  taskId: number;
  targetId: number;
  source: 'default' | 'inferred';
}

/** The links a plan has before anyone changes them. */
export function defaultLinks(targets: readonly InferTarget[], tasks: readonly InferTask[]): DefaultLink[] {
  return [
    ...targets.flatMap((t) =>
      t.taskId === null ? [] : [{ taskId: t.taskId, targetId: t.id, source: 'default' as const }],
    ),
    ...inferTargetTasks(targets, tasks).map((l) => ({
      taskId: l.taskId,
      targetId: l.targetId,
      source: 'inferred' as const,
    })),
  ];
}

/** Task id → (target id → how it is linked). */
export function effectiveLinks(
  defaults: readonly DefaultLink[],
  overrides: readonly LinkOverride[],
): Map<number, Map<number, LinkSource>> {
  const out = new Map<number, Map<number, LinkSource>>();
  const get = (taskId: number) => {
    let m = out.get(taskId);
    if (!m) {
      m = new Map();
      out.set(taskId, m);
    }
    return m;
  };
  const key = (taskId: number, targetId: number) => `${taskId}/${targetId}`;
  const override = new Map(overrides.map((o) => [key(o.taskId, o.targetId), o.linked]));
  const isDefault = new Set(defaults.map((d) => key(d.taskId, d.targetId)));
  for (const d of defaults) {
    if (override.get(key(d.taskId, d.targetId)) !== false) get(d.taskId).set(d.targetId, d.source);
  }
  for (const o of overrides) {
    if (o.linked && !isDefault.has(key(o.taskId, o.targetId))) get(o.taskId).set(o.targetId, 'manual');
  }
  return out;
}

/** The default target ids of one task. */
export function defaultsOf(defaults: readonly DefaultLink[], taskId: number): number[] {
  return defaults.filter((d) => d.taskId === taskId).map((d) => d.targetId);
}

/** The overrides that make a task's links exactly `wanted`, given the plan's defaults. */
export function overridesFor(taskId: number, defaults: readonly number[], wanted: readonly number[]): LinkOverride[] {
  const want = new Set(wanted);
  const def = new Set(defaults);
  return [
    ...defaults.filter((id) => !want.has(id)).map((targetId) => ({ taskId, targetId, linked: false })),
    ...[...want].filter((id) => !def.has(id)).map((targetId) => ({ taskId, targetId, linked: true })),
  ];
}
