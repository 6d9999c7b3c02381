// Links the plan's own targets (plan_targets rows) to catalogue indicators by the indicator's
// wording. The plan's comparator and value then replace the catalogue default. A plan target no
// indicator measures is reported back, never dropped: someone has to decide how to measure it.
import type { Comparator } from '../plan/types.ts';
import type { IndicatorDef } from './catalogue.ts';

export interface PlanTargetRef {
  id: number;
  text: string;
  indicator: string;
  comparator: Comparator;
  value: number;
  unit: string;
}

/** Wording compared without quotes, spaces, bracket width or the "各县/全州" a plan puts in front. */
export function normalizeIndicatorName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s"'“”‘’「」『』《》]/g, '')
    .replace(/^(各县市|各县区|各县|全州|全市|县级及以上)/, '');
}

/** Shorter wordings are too generic to match by containment ("产值" is in every cluster). */
const MIN_CONTAINED_LENGTH = 6;

function matchScore(plan: string, def: IndicatorDef): number {
  let best = 0;
  for (const name of [def.name, ...def.planNames]) {
    const n = normalizeIndicatorName(name);
    if (n === plan) return 1000;
    if (
      n.length >= MIN_CONTAINED_LENGTH &&
      plan.length >= MIN_CONTAINED_LENGTH &&
      (plan.includes(n) || n.includes(plan))
    ) {
      best = Math.max(best, Math.min(n.length, plan.length));
    }
  }
  return best;
}

export interface PlanLinks<T extends PlanTargetRef> {
  /** Plan targets per indicator code, in plan order. */
  byCode: Map<string, T[]>;
  unlinked: T[];
}

/** Each plan target goes to the indicator whose wording matches best (exact, then longest overlap). */
export function linkPlanTargets<T extends PlanTargetRef>(
  targets: readonly T[],
  catalogue: readonly IndicatorDef[],
): PlanLinks<T> {
  const byCode = new Map<string, T[]>();
  const unlinked: T[] = [];
  for (const t of targets) {
    const plan = normalizeIndicatorName(t.indicator);
    let best: IndicatorDef | null = null;
    let bestScore = 0;
    for (const def of catalogue) {
      const s = matchScore(plan, def);
      if (s > bestScore) {
        best = def;
        bestScore = s;
      }
    }
    if (best === null) {
      unlinked.push(t);
      continue;
    }
    const list = byCode.get(best.code) ?? [];
    list.push(t);
    byCode.set(best.code, list);
  }
  return { byCode, unlinked };
}
