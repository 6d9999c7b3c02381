// Before anything is frozen: could every object that may be drawn get its inspectors? Any
// object of a class with a share above zero may be drawn, so each must have at least
// inspectorsPerObject eligible inspectors. Shortfalls are grouped by industry and region so the
// message says what to fix ("特种设备 in 永靖县: 12 enterprises, 1 inspector available").
import { EXCLUSION_LABELS, eligibilityIndex, exclusionOf } from './avoidance.ts';
import type { DrawRules, PoolInspector, PoolObject } from './draw-types.ts';

export interface Shortfall {
  industry: string;
  regionCode: string | null;
  /** Objects short of inspectors in this group. */
  objects: number;
  /** The fewest eligible inspectors any of them has. */
  available: number;
  needed: number;
  examples: { id: number; name: string; available: number; excluded: Record<string, number> }[];
}

export function drawShortfalls(
  rules: DrawRules,
  objects: readonly PoolObject[],
  inspectors: readonly PoolInspector[],
): Shortfall[] {
  const index = eligibilityIndex(rules, inspectors);
  const need = rules.inspectorsPerObject;
  const groups = new Map<string, Shortfall>();
  for (const o of objects) {
    if (rules.shares[o.riskClass] <= 0) continue;
    const available = index.eligible(o).length;
    if (available >= need) continue;
    const key = `${o.industry}\u0000${o.regionCode ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = { industry: o.industry, regionCode: o.regionCode, objects: 0, available, needed: need, examples: [] };
      groups.set(key, g);
    }
    g.objects++;
    g.available = Math.min(g.available, available);
    if (g.examples.length < 3) {
      const excluded: Record<string, number> = {};
      for (const i of inspectors) {
        const why = exclusionOf(rules, o, i);
        if (why) excluded[EXCLUSION_LABELS[why]] = (excluded[EXCLUSION_LABELS[why]] ?? 0) + 1;
      }
      g.examples.push({ id: o.id, name: o.name, available, excluded });
    }
  }
  return [...groups.values()];
}
