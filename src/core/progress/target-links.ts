// Which plan targets a task serves. By default, the targets the parser found inside the task's
// own text (plan_targets.task_id). The 州质量办 adds links (a 主要目标 such as 食品安全抽检合格率
// to the food task) or removes default ones; only those changes are stored, so a default link
// follows the plan and a person's decision is never silently overridden.

export type LinkSource = 'default' | 'manual';

export interface LinkOverride {
  taskId: number;
  targetId: number;
  linked: boolean;
}

export interface DefaultTarget {
  id: number;
  taskId: number | null;
}

/** Task id → (target id → how it is linked), in the targets' order. */
export function effectiveLinks(
  targets: readonly DefaultTarget[],
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
  const override = new Map(overrides.map((o) => [`${o.taskId}/${o.targetId}`, o.linked]));
  for (const t of targets) {
    if (t.taskId !== null && override.get(`${t.taskId}/${t.id}`) !== false) get(t.taskId).set(t.id, 'default');
  }
  for (const o of overrides) {
    const isDefault = targets.some((t) => t.id === o.targetId && t.taskId === o.taskId);
    if (o.linked && !isDefault) get(o.taskId).set(o.targetId, 'manual');
  }
  return out;
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
