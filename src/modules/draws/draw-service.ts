// 双随机、一公开. A draw goes: freeze (the plan, the object pool and the inspector pool are copied
// and hashed, a random seed is generated and only its SHA-256 is published) → reveal (the seed is
// published and the result follows from seed and frozen pools, core/draws/run-draw.ts) → results
// entered per object (each becomes a credit event) → verification at any time, by anyone.
// Nothing is frozen when an object could not get its inspectors, and nothing random is read
// before the commitment is stored.
import { randomBytes } from 'node:crypto';
import { EXCLUSION_LABELS } from '../../core/draws/avoidance.ts';
import { type DrawRules, DrawRulesSchema, type PlanSnapshot, type PoolInspector } from '../../core/draws/draw-types.ts';
import { drawShortfalls } from '../../core/draws/feasibility.ts';
import { INSPECTION_OUTCOMES, type InspectionOutcome, outcomeOf } from '../../core/draws/inspection-outcomes.ts';
import { hashPools, hashResult, seedCommitment } from '../../core/draws/pool-hash.ts';
import { byId, DrawInfeasibleError, runDraw } from '../../core/draws/run-draw.ts';
import { type Check, type Verification, verifyDraw } from '../../core/draws/verify-draw.ts';
import type { RiskClass } from '../../core/enterprises/risk-model.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { ClassChange, CreditService } from '../enterprises/credit-service.ts';
import { nowIso } from '../shared/clock.ts';
import { auditActor, type Ctx, requireActor } from '../shared/context.ts';
import type { Store } from '../store.ts';
import type { DrawRecord, PlanRecord } from './draw-repository.ts';

export interface PlanInput {
  name: string;
  rules: unknown;
  itemIds: number[];
}

/** What anyone may see of a draw: no risk class, no seed before it is revealed. */
export interface PublicDraw {
  id: number;
  status: 'frozen' | 'revealed';
  planName: string;
  rules: {
    shares: DrawRules['shares'];
    regions: string[];
    industries: string[];
    inspectorsPerObject: number;
    avoidHomeRegion: boolean;
  };
  items: { name: string; legalBasis: string }[];
  hashes: { plan: string; objects: string; inspectors: string; pools: string; result: string | null };
  seedCommitment: string;
  seed: string | null;
  objectCount: number;
  inspectorCount: number;
  drawnCount: number | null;
  frozenAt: string;
  revealedAt: string | null;
}

export interface PublicResult {
  enterpriseName: string;
  creditCode: string;
  regionName: string | null;
  industry: string;
  inspectors: string[];
  outcome: string | null;
  inspectedOn: string | null;
}

export interface InternalResult extends PublicResult {
  enterpriseId: number;
  riskClass: RiskClass;
  inspectorIds: number[];
  outcomeCode: string | null;
  note: string | null;
}

export interface DrawVerification extends Verification {
  drawId: number;
  verifiedAt: string;
}

function shortfallMessage(s: ReturnType<typeof drawShortfalls>[number], regionName: (c: string | null) => string) {
  const ex = s.examples
    .map((e) => {
      const why = Object.entries(e.excluded)
        .map(([k, n]) => `${k} ${n} 人`)
        .join('、');
      return `「${e.name}」可派 ${e.available} 人${why ? `(${why})` : ''}`;
    })
    .join(';');
  return `行业「${s.industry}」、${regionName(s.regionCode)}的 ${s.objects} 家企业最少只有 ${s.available} 名可派检查人员,需要 ${s.needed} 名。${ex}`;
}

export function drawService(store: Store, credit: CreditService, clock: () => Date = () => new Date()) {
  async function regionNames(): Promise<Map<string, string>> {
    return new Map((await store.org.listRegions()).map((r) => [r.code, r.name]));
  }

  async function loadDraw(id: number): Promise<DrawRecord> {
    const d = await store.draws.draw(id);
    if (!d) throw new AppError('DRAW_NOT_FOUND');
    return d;
  }

  async function checkPlan(input: PlanInput): Promise<{ name: string; rules: DrawRules; itemIds: number[] }> {
    const parsed = DrawRulesSchema.safeParse(input.rules ?? {});
    if (!parsed.success) {
      throw new AppError(
        'VALIDATION_FAILED',
        '抽查计划的规则不符合要求',
        parsed.error.issues.map((i) => ({ column: i.path.map(String).join('.'), message: i.message })),
      );
    }
    const regions = new Set((await store.org.listRegions()).map((r) => r.code));
    for (const c of parsed.data.regionCodes)
      if (!regions.has(c)) throw new AppError('REGION_NOT_FOUND', `地区 ${c} 不存在`);
    const items = new Set((await store.draws.items()).map((i) => i.id));
    for (const id of input.itemIds)
      if (!items.has(id)) throw new AppError('INSPECTION_ITEM_NOT_FOUND', `检查事项 #${id} 不存在`);
    return {
      name: input.name.trim(),
      rules: {
        ...parsed.data,
        regionCodes: [...parsed.data.regionCodes].sort(),
        industries: [...parsed.data.industries].sort(),
      },
      itemIds: [...new Set(input.itemIds)].sort((a, b) => a - b),
    };
  }

  function publicView(d: DrawRecord, names: Map<string, string>): PublicDraw {
    const revealed = d.status === 'revealed';
    return {
      id: d.id,
      status: d.status,
      planName: d.plan.name,
      rules: {
        shares: d.plan.rules.shares,
        regions: d.plan.rules.regionCodes.map((c) => names.get(c) ?? c),
        industries: d.plan.rules.industries,
        inspectorsPerObject: d.plan.rules.inspectorsPerObject,
        avoidHomeRegion: d.plan.rules.avoidHomeRegion,
      },
      items: d.plan.items.map((i) => ({ name: i.name, legalBasis: i.legalBasis })),
      hashes: {
        plan: d.planHash,
        objects: d.objectsHash,
        inspectors: d.inspectorsHash,
        pools: d.poolsHash,
        result: d.resultHash,
      },
      seedCommitment: d.seedCommitment,
      seed: revealed ? d.seed : null,
      objectCount: d.objectCount,
      inspectorCount: d.inspectorCount,
      drawnCount: d.drawnCount,
      frozenAt: d.frozenAt,
      revealedAt: d.revealedAt,
    };
  }

  async function results(d: DrawRecord): Promise<InternalResult[]> {
    if (d.status !== 'revealed') return [];
    const [assignments, objects, inspectors, outcomes, names] = await Promise.all([
      store.draws.assignments(d.id),
      store.draws.poolObjects(d.id),
      store.draws.poolInspectors(d.id),
      store.draws.outcomes(d.id),
      regionNames(),
    ]);
    const objectById = new Map(objects.map((o) => [o.id, o]));
    const people = new Map(inspectors.map((i) => [i.id, i.name]));
    const outcomeBy = new Map(outcomes.map((o) => [o.enterpriseId, o]));
    return assignments.map((a) => {
      const o = objectById.get(a.enterpriseId);
      const out = outcomeBy.get(a.enterpriseId);
      return {
        enterpriseId: a.enterpriseId,
        enterpriseName: o?.name ?? `#${a.enterpriseId}`,
        creditCode: o?.creditCode ?? '',
        regionName: o?.regionCode ? (names.get(o.regionCode) ?? null) : null,
        industry: o?.industry ?? '',
        riskClass: o?.riskClass ?? 'B',
        inspectorIds: a.inspectorIds,
        inspectors: a.inspectorIds.map((id) => people.get(id) ?? `#${id}`),
        outcomeCode: out?.outcome ?? null,
        outcome: out ? outcomeOf(out.outcome as InspectionOutcome).label : null,
        note: out?.note ?? null,
        inspectedOn: out?.inspectedOn ?? null,
      };
    });
  }

  async function verify(id: number): Promise<DrawVerification> {
    const d = await loadDraw(id);
    const [objects, inspectors, assignments, planRow, frozen, revealed] = await Promise.all([
      store.draws.poolObjects(id),
      store.draws.poolInspectors(id),
      d.status === 'revealed' ? store.draws.assignments(id) : Promise.resolve(null),
      store.draws.planRow(d.planId),
      store.draws.publishedRecord(id, 'draw.frozen'),
      store.draws.publishedRecord(id, 'draw.revealed'),
    ]);
    const v = verifyDraw({
      plan: d.plan,
      objects,
      inspectors,
      published: {
        planHash: d.planHash,
        objectsHash: d.objectsHash,
        inspectorsHash: d.inspectorsHash,
        poolsHash: d.poolsHash,
        seedCommitment: d.seedCommitment,
        resultHash: d.resultHash,
      },
      seed: d.status === 'revealed' ? d.seed : null,
      assignments,
    });
    const checks: Check[] = [...v.checks];
    // The plan a draw was frozen from may not change afterwards (the API refuses it).
    const planSame =
      planRow !== undefined &&
      JSON.stringify(JSON.parse(planRow.rules_json)) === JSON.stringify(d.plan.rules) &&
      JSON.stringify(JSON.parse(planRow.item_ids_json)) === JSON.stringify(d.plan.items.map((i) => i.id));
    checks.push({
      id: 'plan_source',
      label: '抽查计划原件',
      ok: planSame,
      message: planSame ? '抽查计划自冻结以来未被修改' : '抽查计划在冻结后被修改,与冻结时的计划不一致',
    });
    // The values published at freezing and revealing, as the audit log recorded them then.
    const published: [string, unknown, unknown][] = [
      ['名录总哈希', frozen?.poolsHash, d.poolsHash],
      ['种子承诺值', frozen?.seedCommitment, d.seedCommitment],
    ];
    if (d.status === 'revealed') {
      published.push(['种子', revealed?.seed, d.seed], ['结果哈希', revealed?.resultHash, d.resultHash]);
    }
    const differs = published.filter(([, logged, stored]) => logged !== stored).map(([label]) => label);
    checks.push({
      id: 'published_record',
      label: '公布记录',
      ok: differs.length === 0,
      message:
        differs.length === 0
          ? '存储的哈希、承诺值与公布时的记录一致'
          : `存储的${differs.join('、')}与公布时记录的不一致(公布后被改动)`,
    });
    return {
      ...v,
      checks,
      verified: checks.every((c) => c.ok),
      drawId: id,
      verifiedAt: nowIso(clock()),
    };
  }

  return {
    outcomeOptions: () => INSPECTION_OUTCOMES.map((o) => ({ code: o.code, label: o.label, points: o.points })),

    plans: (): Promise<PlanRecord[]> => store.draws.plans(),

    async createPlan(input: PlanInput, ctx: Ctx): Promise<PlanRecord> {
      requireActor(ctx);
      const value = await checkPlan(input);
      const id = await store.transaction(async (r) => {
        const newId = await r.draws.insertPlan(value, auditActor(ctx).actorId, nowIso(clock()));
        await r.audit.record({
          ...auditActor(ctx),
          action: 'draw_plan.created',
          entity: 'draw_plan',
          entityId: newId,
          after: value,
        });
        return newId;
      });
      return (await store.draws.plan(id)) as PlanRecord;
    },

    async updatePlan(id: number, input: PlanInput, ctx: Ctx): Promise<PlanRecord> {
      requireActor(ctx);
      const value = await checkPlan(input);
      await store.transaction(async (r) => {
        const before = await r.draws.plan(id);
        if (!before) throw new AppError('DRAW_PLAN_NOT_FOUND');
        if (before.drawCount > 0) throw new AppError('DRAW_PLAN_IN_USE');
        await r.draws.updatePlan(id, value, nowIso(clock()));
        await r.audit.record({
          ...auditActor(ctx),
          action: 'draw_plan.updated',
          entity: 'draw_plan',
          entityId: id,
          before,
          after: value,
        });
      });
      return (await store.draws.plan(id)) as PlanRecord;
    },

    /** Freezes the pools of a plan and publishes their hashes and the seed's commitment. */
    async freeze(planId: number, ctx: Ctx): Promise<PublicDraw> {
      requireActor(ctx);
      const plan = await store.draws.plan(planId);
      if (!plan) throw new AppError('DRAW_PLAN_NOT_FOUND');
      // The classes that set each share must be today's, not those of the last write.
      await credit.refreshStale(ctx);
      const items = (await store.draws.items()).filter((i) => plan.itemIds.includes(i.id));
      const snapshot: PlanSnapshot = {
        planId,
        name: plan.name,
        rules: plan.rules,
        items: items.map((i) => ({ id: i.id, name: i.name, legalBasis: i.legalBasis })),
      };
      const [source, last, inspectorRows, names] = await Promise.all([
        store.draws.poolSource(plan.rules),
        store.draws.lastInspectors(),
        store.draws.inspectors(true),
        regionNames(),
      ]);
      if (source.length === 0) throw new AppError('DRAW_POOL_EMPTY');
      const objects = source.map((o) => ({ ...o, lastInspectorIds: last.get(o.id) ?? [] }));
      const inspectors: PoolInspector[] = inspectorRows
        .map((i) => ({
          id: i.id,
          name: i.name,
          unit: i.unit,
          regionCode: i.regionCode,
          qualifications: [...i.qualifications].sort(),
          conflicts: [...i.conflicts].sort(),
        }))
        .sort(byId);
      const shortfalls = drawShortfalls(plan.rules, objects, inspectors);
      if (shortfalls.length > 0) {
        const regionName = (c: string | null) => (c ? `「${names.get(c) ?? c}」` : '未定地区');
        const details = shortfalls.map((s) => ({ message: shortfallMessage(s, regionName) }));
        const total = shortfalls.reduce((a, s) => a + s.objects, 0);
        throw new AppError(
          'DRAW_INSPECTORS_SHORT',
          `${total} 家可能被抽中的企业没有足够的可派检查人员(每家需 ${plan.rules.inspectorsPerObject} 名,回避规则:${Object.values(EXCLUSION_LABELS).join('、')}),未冻结名录`,
          details.slice(0, 50),
        );
      }
      const seed = randomBytes(32).toString('hex');
      const hashes = hashPools(snapshot, objects, inspectors);
      const commitment = seedCommitment(seed);
      const frozenAt = nowIso(clock());
      const id = await store.transaction(async (r) => {
        const drawId = await r.draws.insertDraw({
          planId,
          plan: snapshot,
          ...hashes,
          seedCommitment: commitment,
          seed,
          objectCount: objects.length,
          inspectorCount: inspectors.length,
          frozenAt,
          frozenBy: auditActor(ctx).actorId,
        });
        await r.draws.insertPoolObjects(drawId, objects);
        await r.draws.insertPoolInspectors(drawId, inspectors);
        await r.audit.record({
          ...auditActor(ctx),
          action: 'draw.frozen',
          entity: 'draw',
          entityId: drawId,
          after: {
            planId,
            ...hashes,
            seedCommitment: commitment,
            objectCount: objects.length,
            inspectorCount: inspectors.length,
          },
        });
        return drawId;
      });
      return publicView(await loadDraw(id), names);
    },

    /** Publishes the seed and stores the result that follows from it. */
    async reveal(id: number, ctx: Ctx): Promise<PublicDraw> {
      requireActor(ctx);
      await store.transaction(async (r) => {
        const d = await r.draws.draw(id);
        if (!d) throw new AppError('DRAW_NOT_FOUND');
        if (d.status !== 'frozen') throw new AppError('DRAW_STATE', '该抽取已揭示种子,不能再次抽取');
        const [objects, inspectors] = await Promise.all([r.draws.poolObjects(id), r.draws.poolInspectors(id)]);
        const pre = verifyDraw({
          plan: d.plan,
          objects,
          inspectors,
          published: { ...d, resultHash: null },
          seed: null,
          assignments: null,
        });
        const broken = pre.checks.filter((c) => !c.ok).map((c) => c.label);
        if (broken.length > 0) {
          throw new AppError('DRAW_STATE', `冻结的${broken.join('、')}已被改动,与公布的哈希不一致,不能抽取`);
        }
        let assignments: ReturnType<typeof runDraw>;
        try {
          assignments = runDraw({ rules: d.plan.rules, objects, inspectors, seed: d.seed });
        } catch (e) {
          if (e instanceof DrawInfeasibleError) throw new AppError('DRAW_INSPECTORS_SHORT');
          throw e;
        }
        const resultHash = hashResult(assignments);
        await r.draws.insertAssignments(id, assignments);
        await r.draws.markRevealed(id, {
          resultHash,
          drawnCount: assignments.length,
          at: nowIso(clock()),
          by: auditActor(ctx).actorId,
        });
        await r.audit.record({
          ...auditActor(ctx),
          action: 'draw.revealed',
          entity: 'draw',
          entityId: id,
          after: { seed: d.seed, seedCommitment: d.seedCommitment, resultHash, drawn: assignments.length },
        });
      });
      return publicView(await loadDraw(id), await regionNames());
    },

    async enterOutcome(
      drawId: number,
      enterpriseId: number,
      input: { outcome: InspectionOutcome; note?: string | null; inspectedOn: string },
      ctx: Ctx,
    ): Promise<{ classChanges: ClassChange[] }> {
      requireActor(ctx);
      return store.transaction(async (r) => {
        const d = await r.draws.draw(drawId);
        if (!d) throw new AppError('DRAW_NOT_FOUND');
        if (d.status !== 'revealed') throw new AppError('DRAW_STATE', '种子揭示、抽取完成后才能录入检查结果');
        const drawn = (await r.draws.assignments(drawId)).some((a) => a.enterpriseId === enterpriseId);
        if (!drawn) throw new AppError('DRAW_OBJECT_NOT_DRAWN');
        if (!(await r.enterprises.findById(enterpriseId))) throw new AppError('ENTERPRISE_NOT_FOUND');
        const def = outcomeOf(input.outcome);
        const note = input.note?.trim() || null;
        const event = {
          date: input.inspectedOn,
          description: `双随机抽查:${def.label}${note ? `(${note})` : ''}`,
          source: `双随机抽查「${d.plan.name}」(抽取 #${drawId})`,
          points: def.points,
        };
        const now = nowIso(clock());
        let eventId = await r.draws.outcomeCreditEvent(drawId, enterpriseId);
        if (eventId !== null && (await r.credit.event(eventId))) await r.credit.updateEvent(eventId, event);
        else {
          eventId = await r.credit.insertEvent(
            { enterpriseId, kind: 'inspection', ...event, sourceTable: 'draws', sourceId: drawId },
            auditActor(ctx).actorId,
            now,
          );
        }
        await r.draws.saveOutcome(
          {
            drawId,
            enterpriseId,
            outcome: input.outcome,
            note,
            inspectedOn: input.inspectedOn,
            creditEventId: eventId,
          },
          auditActor(ctx).actorId,
          now,
        );
        const classChanges = await credit.recompute(r, [enterpriseId]);
        await r.audit.record({
          ...auditActor(ctx),
          action: 'draw.outcome_entered',
          entity: 'draw',
          entityId: drawId,
          after: {
            enterpriseId,
            outcome: input.outcome,
            note,
            inspectedOn: input.inspectedOn,
            creditEventId: eventId,
            classChanges,
          },
        });
        return { classChanges };
      });
    },

    async list(): Promise<PublicDraw[]> {
      const [draws, names] = await Promise.all([store.draws.draws(), regionNames()]);
      return draws.map((d) => publicView(d, names));
    },

    /** Staff view: the public view plus each drawn object's risk class at freezing and the outcome codes. */
    async get(
      id: number,
    ): Promise<{ draw: PublicDraw; planId: number; results: InternalResult[]; classCounts: Record<string, number> }> {
      const d = await loadDraw(id);
      const pool = await store.draws.poolObjects(id);
      const classCounts: Record<string, number> = {};
      for (const o of pool) classCounts[o.riskClass] = (classCounts[o.riskClass] ?? 0) + 1;
      return { draw: publicView(d, await regionNames()), planId: d.planId, results: await results(d), classCounts };
    },

    verify,

    async publicList(): Promise<PublicDraw[]> {
      return this.list();
    },

    async publicGet(id: number): Promise<{ draw: PublicDraw; results: PublicResult[] }> {
      const d = await loadDraw(id);
      const full = await results(d);
      // Field by field: nothing internal (the risk class above all) can slip into the public answer.
      const pub: PublicResult[] = full.map((x) => ({
        enterpriseName: x.enterpriseName,
        creditCode: x.creditCode,
        regionName: x.regionName,
        industry: x.industry,
        inspectors: x.inspectors,
        outcome: x.outcome,
        inspectedOn: x.inspectedOn,
      }));
      return { draw: publicView(d, await regionNames()), results: pub };
    },
  };
}

export type DrawService = ReturnType<typeof drawService>;
