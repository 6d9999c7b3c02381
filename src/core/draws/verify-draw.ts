// Verification re-derives everything from what is stored and compares it with what was
// published: each part's hash, the seed against its commitment, and the result re-run from seed
// and pools against the stored result, row by row. Any later change — to a frozen pool row, the
// plan snapshot, the seed or a stored assignment — fails a named check.
import type { Assignment, PlanSnapshot, PoolInspector, PoolObject } from './draw-types.ts';
import {
  hashInspectors,
  hashObjects,
  hashPlan,
  hashResult,
  type PoolHashes,
  poolsRoot,
  seedCommitment,
} from './pool-hash.ts';
import { DrawInfeasibleError, runDraw } from './run-draw.ts';

export interface StoredDraw {
  plan: PlanSnapshot;
  objects: readonly PoolObject[];
  inspectors: readonly PoolInspector[];
  published: PoolHashes & { seedCommitment: string; resultHash: string | null };
  seed: string | null;
  assignments: readonly Assignment[] | null;
}

export type CheckId =
  | 'plan'
  | 'objects'
  | 'inspectors'
  | 'pools'
  | 'seed'
  | 'result_hash'
  | 'result'
  // Checks the module adds from what only the database holds:
  | 'plan_source'
  | 'published_record';

export interface Check {
  id: CheckId;
  label: string;
  ok: boolean;
  message: string;
  /** What it should be (the published hash; for the re-run, the re-run result's hash)… */
  expected?: string;
  /** …and what the stored data give. */
  actual?: string;
}

export interface Verification {
  verified: boolean;
  /** False while the seed is not revealed: the hashes can be checked, the result not yet. */
  complete: boolean;
  checks: Check[];
  /** One line per stored assignment that differs from the re-run (at most 50). */
  differences: string[];
}

const MAX_DIFFERENCES = 50;

function hashCheck(id: CheckId, label: string, published: string, actual: string): Check {
  const ok = published === actual;
  return {
    id,
    label,
    ok,
    expected: published,
    actual,
    message: ok ? `${label}与公布的哈希一致` : `${label}已被改动:重新计算的哈希与公布的不一致`,
  };
}

export function compareAssignments(
  expected: readonly Assignment[],
  stored: readonly Assignment[],
  nameOf: (enterpriseId: number) => string,
  inspectorName: (id: number) => string,
): string[] {
  const out: string[] = [];
  const want = new Map(expected.map((a) => [a.enterpriseId, a]));
  const have = new Map(stored.map((a) => [a.enterpriseId, a]));
  const people = (ids: readonly number[]) => ids.map(inspectorName).join('、');
  for (const a of expected) {
    const s = have.get(a.enterpriseId);
    if (!s) out.push(`重新抽取应抽中「${nameOf(a.enterpriseId)}」,存储的结果中没有`);
    else if (s.inspectorIds.join(',') !== a.inspectorIds.join(',')) {
      out.push(
        `「${nameOf(a.enterpriseId)}」的检查人员:存储为 ${people(s.inspectorIds)},重新抽取为 ${people(a.inspectorIds)}`,
      );
    }
  }
  for (const s of stored) {
    if (!want.has(s.enterpriseId)) out.push(`存储的结果中有「${nameOf(s.enterpriseId)}」,重新抽取不会抽中它`);
  }
  return out;
}

export function verifyDraw(d: StoredDraw): Verification {
  const planHash = hashPlan(d.plan);
  const objectsHash = hashObjects(d.objects);
  const inspectorsHash = hashInspectors(d.inspectors);
  const checks: Check[] = [
    hashCheck('plan', '抽查计划', d.published.planHash, planHash),
    hashCheck('objects', '检查对象名录(冻结时)', d.published.objectsHash, objectsHash),
    hashCheck('inspectors', '执法检查人员名录(冻结时)', d.published.inspectorsHash, inspectorsHash),
    hashCheck('pools', '名录总哈希', d.published.poolsHash, poolsRoot({ planHash, objectsHash, inspectorsHash })),
  ];
  const differences: string[] = [];
  if (d.seed === null) {
    return { verified: checks.every((c) => c.ok), complete: false, checks, differences };
  }
  const commitment = seedCommitment(d.seed);
  checks.push({
    id: 'seed',
    label: '随机种子',
    ok: commitment === d.published.seedCommitment,
    expected: d.published.seedCommitment,
    actual: commitment,
    message:
      commitment === d.published.seedCommitment
        ? 'sha256(种子) 与抽取前公布的承诺值一致'
        : '种子与抽取前公布的承诺值不一致:种子在公布后被更换',
  });
  const stored = d.assignments ?? [];
  const storedHash = hashResult(stored);
  if (d.published.resultHash !== null) {
    checks.push(hashCheck('result_hash', '抽取结果', d.published.resultHash, storedHash));
  }
  const names = new Map(d.objects.map((o) => [o.id, o.name]));
  const people = new Map(d.inspectors.map((i) => [i.id, i.name]));
  let expected: Assignment[] | null = null;
  try {
    expected = runDraw({ rules: d.plan.rules, objects: d.objects, inspectors: d.inspectors, seed: d.seed });
  } catch (e) {
    if (!(e instanceof DrawInfeasibleError)) throw e;
    checks.push({
      id: 'result',
      label: '重新抽取',
      ok: false,
      message: `按冻结的名录无法完成抽取:「${names.get(e.enterpriseId) ?? e.enterpriseId}」只有 ${e.available} 名可派检查人员`,
    });
  }
  if (expected) {
    const diff = compareAssignments(
      expected,
      stored,
      (id) => names.get(id) ?? `企业 #${id}`,
      (id) => people.get(id) ?? `#${id}`,
    );
    differences.push(...diff.slice(0, MAX_DIFFERENCES));
    if (diff.length > MAX_DIFFERENCES) differences.push(`另有 ${diff.length - MAX_DIFFERENCES} 处不一致未列出`);
    checks.push({
      id: 'result',
      label: '重新抽取',
      ok: diff.length === 0,
      expected: hashResult(expected),
      actual: storedHash,
      message:
        diff.length === 0
          ? `由种子和冻结名录重新抽取,结果与存储的 ${stored.length} 个抽中对象完全一致`
          : `重新抽取的结果与存储的结果有 ${diff.length} 处不一致`,
    });
  }
  return { verified: checks.every((c) => c.ok), complete: true, checks, differences };
}
