// Who may inspect whom. An inspector must hold the qualification for the enterprise's industry
// and is excluded (回避) when they declared a conflict with it, when the plan keeps inspectors out
// of their own region, or when they inspected it in its latest earlier draw (no one checks the
// same enterprise twice in a row).
import type { DrawRules, PoolInspector, PoolObject } from './draw-types.ts';

export type Exclusion = 'unqualified' | 'conflict' | 'home_region' | 'repeat';

export const EXCLUSION_LABELS: Record<Exclusion, string> = {
  unqualified: '不具备该行业检查资格',
  conflict: '申报了利害关系',
  home_region: '本地区回避',
  repeat: '上次已检查该企业',
};

export function exclusionOf(rules: DrawRules, object: PoolObject, inspector: PoolInspector): Exclusion | null {
  if (!inspector.qualifications.includes(object.industry)) return 'unqualified';
  if (inspector.conflicts.includes(object.creditCode)) return 'conflict';
  if (rules.avoidHomeRegion && inspector.regionCode !== null && inspector.regionCode === object.regionCode) {
    return 'home_region';
  }
  if (object.lastInspectorIds.includes(inspector.id)) return 'repeat';
  return null;
}

/**
 * Eligibility for many objects at once: the qualification and region rules depend only on the
 * object's industry and region, so those lists are built once per pair; conflicts and repeats
 * are then removed per object.
 */
export function eligibilityIndex(rules: DrawRules, inspectors: readonly PoolInspector[]) {
  const base = new Map<string, PoolInspector[]>();
  const conflicted = new Map<string, Set<number>>();
  for (const i of inspectors) {
    for (const code of i.conflicts) {
      const s = conflicted.get(code);
      if (s) s.add(i.id);
      else conflicted.set(code, new Set([i.id]));
    }
  }
  const baseFor = (o: PoolObject): PoolInspector[] => {
    const key = `${o.industry}\u0000${rules.avoidHomeRegion ? (o.regionCode ?? '') : ''}`;
    let list = base.get(key);
    if (!list) {
      list = inspectors.filter(
        (i) =>
          i.qualifications.includes(o.industry) &&
          !(rules.avoidHomeRegion && i.regionCode !== null && i.regionCode === o.regionCode),
      );
      base.set(key, list);
    }
    return list;
  };
  return {
    /** Eligible inspectors of one object, in pool (id) order. */
    eligible(o: PoolObject): PoolInspector[] {
      const list = baseFor(o);
      const conflicts = conflicted.get(o.creditCode);
      if (!conflicts && o.lastInspectorIds.length === 0) return list;
      return list.filter((i) => !conflicts?.has(i.id) && !o.lastInspectorIds.includes(i.id));
    },
  };
}
