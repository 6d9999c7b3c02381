import { describe, expect, it } from 'vitest';
import type { Assignment } from './draw-types.ts';
import { drawShortfalls } from './feasibility.ts';
import { hashPools, hashResult, seedCommitment } from './pool-hash.ts';
import { quotaOf, runDraw } from './run-draw.ts';
import { testInspectors, testObjects, testPlan, testRules } from './test-pools.ts';
import { verifyDraw } from './verify-draw.ts';

const objects = testObjects(700);
const inspectors = testInspectors(12);
const rules = testRules();

describe('the draw', () => {
  it('is the same for the same seed and pools, and different for another seed', () => {
    const a = runDraw({ rules, objects, inspectors, seed: 'a'.repeat(64) });
    const b = runDraw({ rules, objects, inspectors, seed: 'a'.repeat(64) });
    const c = runDraw({ rules, objects, inspectors, seed: 'b'.repeat(64) });
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    expect(hashResult(c)).not.toBe(hashResult(a));
  });

  it('draws the share of each class (rounded up) and every D', () => {
    const result = runDraw({ rules, objects, inspectors, seed: 'shares' });
    const classOf = new Map(objects.map((o) => [o.id, o.riskClass]));
    const drawn: Record<string, number> = {};
    for (const a of result)
      drawn[classOf.get(a.enterpriseId) as string] = (drawn[classOf.get(a.enterpriseId) as string] ?? 0) + 1;
    const pool: Record<string, number> = {};
    for (const o of objects) pool[o.riskClass] = (pool[o.riskClass] ?? 0) + 1;
    expect(pool).toEqual({ A: 300, B: 200, C: 100, D: 100 });
    expect(drawn).toEqual({ A: 15, B: 40, C: 60, D: 100 });
    expect(quotaOf(0.2, 50)).toBe(10);
    expect(quotaOf(0.05, 3)).toBe(1);
    expect(quotaOf(0, 3)).toBe(0);
  });

  it('follows configured shares', () => {
    const r = runDraw({ rules: testRules({ shares: { A: 0, B: 0, C: 1, D: 0 } }), objects, inspectors, seed: 'x' });
    expect(r).toHaveLength(100);
  });

  it('sends at least two different, qualified inspectors to every object', () => {
    const limited = inspectors.map((i) => (i.id <= 4 ? { ...i, qualifications: ['餐饮服务'] } : i));
    const result = runDraw({ rules, objects, inspectors: limited, seed: 'two' });
    const industry = new Map(objects.map((o) => [o.id, o.industry]));
    for (const a of result) {
      expect(new Set(a.inspectorIds).size).toBe(2);
      if (industry.get(a.enterpriseId) === '食品生产') expect(a.inspectorIds.every((id) => id > 4)).toBe(true);
    }
    const three = runDraw({ rules: testRules({ inspectorsPerObject: 3 }), objects, inspectors, seed: 'three' });
    expect(three.every((a) => new Set(a.inspectorIds).size === 3)).toBe(true);
  });

  it('keeps out an inspector who declared a conflict with the enterprise', () => {
    const target = objects.filter((o) => o.riskClass === 'D');
    const conflicted = inspectors.map((i) => (i.id <= 10 ? { ...i, conflicts: target.map((o) => o.creditCode) } : i));
    const result = runDraw({ rules, objects, inspectors: conflicted, seed: 'conflict' });
    const ids = new Set(target.map((o) => o.id));
    for (const a of result.filter((x) => ids.has(x.enterpriseId))) expect(a.inspectorIds).toEqual([11, 12]);
  });

  it('keeps inspectors out of their own region when the plan says so', () => {
    const result = runDraw({ rules: testRules({ avoidHomeRegion: true }), objects, inspectors, seed: 'home' });
    const region = new Map(objects.map((o) => [o.id, o.regionCode]));
    const home = new Map(inspectors.map((i) => [i.id, i.regionCode]));
    for (const a of result) for (const id of a.inspectorIds) expect(home.get(id)).not.toBe(region.get(a.enterpriseId));
  });

  it('never sends the same inspector to the same enterprise twice in a row', () => {
    const first = runDraw({ rules, objects, inspectors, seed: 'first' });
    const last = new Map(first.map((a) => [a.enterpriseId, a.inspectorIds]));
    const next = objects.map((o) => ({ ...o, lastInspectorIds: last.get(o.id) ?? [] }));
    const second = runDraw({ rules, objects: next, inspectors, seed: 'second' });
    for (const a of second) for (const id of a.inspectorIds) expect(last.get(a.enterpriseId) ?? []).not.toContain(id);
  });

  it('finds too few inspectors before anything is drawn, and says where', () => {
    const few = inspectors
      .slice(0, 3)
      .map((i) =>
        i.id === 1 ? { ...i, qualifications: ['餐饮服务'] } : { ...i, qualifications: ['餐饮服务', '食品生产'] },
      );
    const short = drawShortfalls(testRules({ avoidHomeRegion: true }), objects, few);
    expect(short.length).toBeGreaterThan(0);
    expect(short[0]).toMatchObject({ needed: 2 });
    expect(short.some((s) => s.industry === '食品生产')).toBe(true);
    expect(drawShortfalls(rules, objects, inspectors)).toEqual([]);
    // Objects of a class drawn at 0% need no inspectors.
    expect(drawShortfalls(testRules({ shares: { A: 0, B: 0, C: 0, D: 0 } }), objects, [])).toEqual([]);
  });
});

describe('verification', () => {
  const plan = testPlan();
  const seed = 'f'.repeat(64);
  const assignments = runDraw({ rules: plan.rules, objects, inspectors, seed });
  const published = {
    ...hashPools(plan, objects, inspectors),
    seedCommitment: seedCommitment(seed),
    resultHash: hashResult(assignments),
  };
  const stored = { plan, objects, inspectors, published, seed, assignments };

  it('passes for an untouched draw', () => {
    const v = verifyDraw(stored);
    expect(v.verified).toBe(true);
    expect(v.complete).toBe(true);
    expect(v.checks.map((c) => c.id)).toEqual([
      'plan',
      'objects',
      'inspectors',
      'pools',
      'seed',
      'result_hash',
      'result',
    ]);
  });

  it('checks the hashes before the seed is revealed', () => {
    const v = verifyDraw({ ...stored, seed: null, assignments: null, published: { ...published, resultHash: null } });
    expect(v).toMatchObject({ verified: true, complete: false });
  });

  it('detects a changed pool row', () => {
    const tampered = objects.map((o) => (o.id === 5 ? { ...o, riskClass: 'D' as const } : o));
    const v = verifyDraw({ ...stored, objects: tampered });
    expect(v.verified).toBe(false);
    expect(v.checks.find((c) => c.id === 'objects')?.ok).toBe(false);
    expect(v.checks.find((c) => c.id === 'inspectors')?.ok).toBe(true);
  });

  it('detects a changed stored result, naming the enterprise', () => {
    const [first, ...rest] = assignments as [Assignment, ...Assignment[]];
    const swapped = [
      { ...first, inspectorIds: [1, 2].includes(first.inspectorIds[0] as number) ? [3, 4] : [1, 2] },
      ...rest,
    ];
    const v = verifyDraw({ ...stored, assignments: swapped });
    expect(v.verified).toBe(false);
    expect(v.checks.find((c) => c.id === 'result')?.ok).toBe(false);
    expect(v.checks.find((c) => c.id === 'result_hash')?.ok).toBe(false);
    expect(v.differences[0]).toContain(`测试企业${first.enterpriseId}有限公司`);
  });

  it('detects a replaced seed and a changed plan', () => {
    const v = verifyDraw({ ...stored, seed: 'e'.repeat(64) });
    expect(v.checks.find((c) => c.id === 'seed')?.ok).toBe(false);
    const p = verifyDraw({
      ...stored,
      plan: { ...plan, rules: { ...plan.rules, shares: { ...plan.rules.shares, A: 0.5 } } },
    });
    expect(p.checks.find((c) => c.id === 'plan')?.ok).toBe(false);
  });
});

describe('partial Fisher–Yates', () => {
  it('picks the same positions whether the swaps are kept in an array or a map', async () => {
    const { SeededRandom } = await import('./seeded-random.ts');
    const { pickPositions } = await import('./run-draw.ts');
    // Reference: the plain array version, for sizes on both sides of the switch.
    const reference = (seed: string, n: number, k: number) => {
      const rng = new SeededRandom(seed);
      const pos = Array.from({ length: n }, (_, i) => i);
      const out: number[] = [];
      for (let i = 0; i < k; i++) {
        const j = i + rng.int(n - i);
        [pos[i], pos[j]] = [pos[j] as number, pos[i] as number];
        out.push(pos[i] as number);
      }
      return out;
    };
    for (const [n, k] of [
      [150, 2],
      [1000, 5],
      [1000, 500],
      [20, 19],
      [120000, 6000],
    ] as const) {
      const picks = pickPositions(new SeededRandom(`s${n}-${k}`), n, k);
      expect(picks).toEqual(reference(`s${n}-${k}`, n, k));
      expect(new Set(picks).size).toBe(k);
    }
  });
});
