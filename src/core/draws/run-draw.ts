// The draw itself: a pure function of the frozen pools, the plan's rules and the seed.
//  1. Per class A, B, C, D (in that order), over the class's objects in id order: the quota is
//     ceil(share × n); a partial Fisher–Yates shuffle of the positions, taking one random integer
//     per pick, selects that many (a quota of all n takes all and draws nothing).
//  2. The selected objects, in id order: each gets inspectorsPerObject inspectors from its
//     eligible list (pool order) by the same partial shuffle; ids are stored ascending.
// The random integers come from one SeededRandom stream consumed in exactly this order.
import type { RiskClass } from '../enterprises/risk-model.ts';
import { eligibilityIndex } from './avoidance.ts';
import type { Assignment, DrawRules, PoolInspector, PoolObject } from './draw-types.ts';
import { SeededRandom } from './seeded-random.ts';

const CLASS_ORDER: readonly RiskClass[] = ['A', 'B', 'C', 'D'];

export function quotaOf(share: number, n: number): number {
  // The epsilon keeps 0.2 × 50 = 10.000000000000002 from becoming 11.
  return Math.min(n, Math.max(0, Math.ceil(share * n - 1e-9)));
}

/**
 * k distinct positions of [0, n) by partial Fisher–Yates; returns them in pick order. When k is
 * small against n (two inspectors out of 150, 5% of a class) the swaps are kept in a map instead
 * of a full array — the same swaps, so exactly the same picks, without touching all n slots.
 */
export function pickPositions(rng: SeededRandom, n: number, k: number): number[] {
  if (k >= n) return Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  if (k * 16 < n) {
    const swapped = new Map<number, number>();
    for (let i = 0; i < k; i++) {
      const j = i + rng.int(n - i);
      const atI = swapped.get(i) ?? i;
      const atJ = swapped.get(j) ?? j;
      swapped.set(j, atI);
      out.push(atJ);
    }
    return out;
  }
  const pos = new Int32Array(n);
  for (let i = 0; i < n; i++) pos[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    const t = pos[i] as number;
    pos[i] = pos[j] as number;
    pos[j] = t;
    out.push(pos[i] as number);
  }
  return out;
}

export class DrawInfeasibleError extends Error {
  constructor(
    readonly enterpriseId: number,
    readonly available: number,
  ) {
    super(`enterprise ${enterpriseId} has ${available} eligible inspectors`);
  }
}

export interface DrawInput {
  rules: DrawRules;
  /** Ascending by id. */
  objects: readonly PoolObject[];
  /** Ascending by id. */
  inspectors: readonly PoolInspector[];
  seed: string;
}

export function byId<T extends { id: number }>(a: T, b: T): number {
  return a.id - b.id;
}

export function runDraw(input: DrawInput): Assignment[] {
  const { rules } = input;
  const rng = new SeededRandom(input.seed);
  const byClass = new Map<RiskClass, PoolObject[]>(CLASS_ORDER.map((c) => [c, []]));
  for (const o of input.objects) byClass.get(o.riskClass)?.push(o);

  const selected: PoolObject[] = [];
  for (const c of CLASS_ORDER) {
    const members = byClass.get(c) ?? [];
    const k = quotaOf(rules.shares[c], members.length);
    for (const p of pickPositions(rng, members.length, k)) selected.push(members[p] as PoolObject);
  }
  selected.sort(byId);

  const index = eligibilityIndex(rules, input.inspectors);
  const m = rules.inspectorsPerObject;
  return selected.map((o) => {
    const eligible = index.eligible(o);
    if (eligible.length < m) throw new DrawInfeasibleError(o.id, eligible.length);
    const ids = pickPositions(rng, eligible.length, m).map((p) => (eligible[p] as PoolInspector).id);
    return { enterpriseId: o.id, inspectorIds: ids.sort((a, b) => a - b) };
  });
}
