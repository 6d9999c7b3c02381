// 双随机's Kysely code: the inspection item list, the inspector pool, draw plans, and frozen
// draws with their pool rows, assignments and outcomes. Frozen rows are written once and read
// back in id order, which is the order they were hashed in.
import type { Kysely, Selectable } from 'kysely';
import type {
  Assignment,
  DrawRules,
  InspectionItem,
  PlanSnapshot,
  PoolInspector,
  PoolObject,
} from '../../core/draws/draw-types.ts';
import type { RiskClass } from '../../core/enterprises/risk-model.ts';
import type { Engine } from '../../db/engine.ts';
import type { Database } from '../../db/schema.ts';
import type { DrawTable } from '../../db/schema-enterprises.ts';
import { chunks } from '../enterprises/enterprise-repository.ts';
import { insertJsonRows } from '../shared/json-insert.ts';

export interface ItemRecord extends InspectionItem {
  industries: string[];
  active: boolean;
}

export interface InspectorRecord extends PoolInspector {
  active: boolean;
}

export interface PlanRecord {
  id: number;
  name: string;
  rules: DrawRules;
  itemIds: number[];
  createdAt: string;
  updatedAt: string;
  drawCount: number;
}

export interface DrawRecord {
  id: number;
  planId: number;
  status: 'frozen' | 'revealed';
  plan: PlanSnapshot;
  planHash: string;
  objectsHash: string;
  inspectorsHash: string;
  poolsHash: string;
  seedCommitment: string;
  seed: string;
  resultHash: string | null;
  objectCount: number;
  inspectorCount: number;
  drawnCount: number | null;
  frozenAt: string;
  frozenBy: number | null;
  revealedAt: string | null;
  revealedBy: number | null;
}

export interface EnterpriseDrawEntry {
  drawId: number;
  status: DrawRecord['status'];
  plan: PlanSnapshot;
  frozenAt: string;
  revealedAt: string | null;
  /** The class the enterprise had when the pool was frozen. */
  riskClass: RiskClass;
  /** Null until the seed is revealed. */
  drawn: boolean | null;
  outcome: string | null;
  inspectedOn: string | null;
}

export interface OutcomeRecord {
  drawId: number;
  enterpriseId: number;
  outcome: string;
  note: string | null;
  inspectedOn: string;
  creditEventId: number | null;
  enteredAt: string;
}

function drawFromRow(r: Selectable<DrawTable>): DrawRecord {
  return {
    id: r.id,
    planId: r.plan_id,
    status: r.status as DrawRecord['status'],
    plan: JSON.parse(r.plan_json) as PlanSnapshot,
    planHash: r.plan_hash,
    objectsHash: r.objects_hash,
    inspectorsHash: r.inspectors_hash,
    poolsHash: r.pools_hash,
    seedCommitment: r.seed_commitment,
    seed: r.seed,
    resultHash: r.result_hash,
    objectCount: r.object_count,
    inspectorCount: r.inspector_count,
    drawnCount: r.drawn_count,
    frozenAt: r.frozen_at,
    frozenBy: r.frozen_by,
    revealedAt: r.revealed_at,
    revealedBy: r.revealed_by,
  };
}

/** Pool rows per insert statement: well under both engines' parameter limits. */
const POOL_CHUNK = 1000;

export function drawRepository(db: Kysely<Database>, engine: Engine = 'sqlite') {
  return {
    // --- inspection items (一单) ---
    async items(): Promise<ItemRecord[]> {
      const rows = await db.selectFrom('inspection_items').selectAll().orderBy('id').execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        legalBasis: r.legal_basis,
        industries: JSON.parse(r.industries_json) as string[],
        active: r.active === 1,
      }));
    },

    async insertItem(i: { name: string; legalBasis: string; industries: string[] }, now: string): Promise<number> {
      const row = await db
        .insertInto('inspection_items')
        .values({
          name: i.name,
          legal_basis: i.legalBasis,
          industries_json: JSON.stringify(i.industries),
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async updateItem(
      id: number,
      i: { name: string; legalBasis: string; industries: string[]; active: boolean },
      now: string,
    ): Promise<void> {
      await db
        .updateTable('inspection_items')
        .set({
          name: i.name,
          legal_basis: i.legalBasis,
          industries_json: JSON.stringify(i.industries),
          active: i.active ? 1 : 0,
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
    },

    // --- inspectors ---
    async inspectors(onlyActive = false): Promise<InspectorRecord[]> {
      let q = db.selectFrom('inspectors').selectAll().orderBy('id');
      if (onlyActive) q = q.where('active', '=', 1);
      const rows = await q.execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        unit: r.unit,
        regionCode: r.region_code,
        qualifications: JSON.parse(r.qualifications_json) as string[],
        conflicts: JSON.parse(r.conflicts_json) as string[],
        active: r.active === 1,
      }));
    },

    async insertInspector(i: Omit<InspectorRecord, 'id' | 'active'>, now: string): Promise<number> {
      const row = await db
        .insertInto('inspectors')
        .values({
          name: i.name,
          unit: i.unit,
          region_code: i.regionCode,
          qualifications_json: JSON.stringify(i.qualifications),
          conflicts_json: JSON.stringify(i.conflicts),
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async insertInspectors(list: readonly Omit<InspectorRecord, 'id' | 'active'>[], now: string): Promise<void> {
      for (const part of chunks(list, 300)) {
        await db
          .insertInto('inspectors')
          .values(
            part.map((i) => ({
              name: i.name,
              unit: i.unit,
              region_code: i.regionCode,
              qualifications_json: JSON.stringify(i.qualifications),
              conflicts_json: JSON.stringify(i.conflicts),
              created_at: now,
              updated_at: now,
            })),
          )
          .execute();
      }
    },

    async updateInspector(id: number, i: Omit<InspectorRecord, 'id'>, now: string): Promise<void> {
      await db
        .updateTable('inspectors')
        .set({
          name: i.name,
          unit: i.unit,
          region_code: i.regionCode,
          qualifications_json: JSON.stringify(i.qualifications),
          conflicts_json: JSON.stringify(i.conflicts),
          active: i.active ? 1 : 0,
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
    },

    // --- plans ---
    async plans(): Promise<PlanRecord[]> {
      const rows = await db
        .selectFrom('draw_plans as p')
        .selectAll('p')
        .select((eb) =>
          eb
            .selectFrom('draws as d')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('d.plan_id', '=', 'p.id')
            .as('draw_count'),
        )
        .orderBy('p.id', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        rules: JSON.parse(r.rules_json) as DrawRules,
        itemIds: JSON.parse(r.item_ids_json) as number[],
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        drawCount: Number(r.draw_count ?? 0),
      }));
    },

    async plan(id: number): Promise<PlanRecord | null> {
      return (await this.plans()).find((p) => p.id === id) ?? null;
    },

    async insertPlan(p: { name: string; rules: DrawRules; itemIds: number[] }, by: number | null, now: string) {
      const row = await db
        .insertInto('draw_plans')
        .values({
          name: p.name,
          rules_json: JSON.stringify(p.rules),
          item_ids_json: JSON.stringify(p.itemIds),
          created_by: by,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async updatePlan(id: number, p: { name: string; rules: DrawRules; itemIds: number[] }, now: string) {
      await db
        .updateTable('draw_plans')
        .set({
          name: p.name,
          rules_json: JSON.stringify(p.rules),
          item_ids_json: JSON.stringify(p.itemIds),
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
    },

    /** The plan row as stored (raw JSON), for the verification's comparison with the snapshot. */
    async planRow(id: number) {
      return db
        .selectFrom('draw_plans')
        .select(['name', 'rules_json', 'item_ids_json'])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    // --- pools at freezing ---
    /** Enterprises in the plan's regions and industries, ascending by id. */
    async poolSource(rules: DrawRules): Promise<Omit<PoolObject, 'lastInspectorIds'>[]> {
      let q = db
        .selectFrom('enterprises')
        .select(['id', 'credit_code', 'name', 'region_code', 'industry', 'risk_class'])
        .orderBy('id');
      if (rules.regionCodes.length > 0) q = q.where('region_code', 'in', rules.regionCodes);
      if (rules.industries.length > 0) q = q.where('industry', 'in', rules.industries);
      const rows = await q.execute();
      return rows.map((r) => ({
        id: r.id,
        creditCode: r.credit_code,
        name: r.name,
        regionCode: r.region_code,
        industry: r.industry,
        // Not yet scored (an enterprise inserted outside the services): drawn as 一般风险.
        riskClass: (r.risk_class ?? 'B') as RiskClass,
      }));
    },

    /** Each enterprise's inspectors in its latest revealed draw. */
    async lastInspectors(): Promise<Map<number, number[]>> {
      const rows = await db
        .selectFrom('draw_assignments as a')
        .innerJoin(
          (eb) =>
            eb
              .selectFrom('draw_assignments')
              .select(['enterprise_id', (e) => e.fn.max('draw_id').as('draw_id')])
              .groupBy('enterprise_id')
              .as('m'),
          (join) => join.onRef('m.enterprise_id', '=', 'a.enterprise_id').onRef('m.draw_id', '=', 'a.draw_id'),
        )
        .select(['a.enterprise_id', 'a.inspector_ids_json'])
        .execute();
      return new Map(rows.map((r) => [r.enterprise_id, JSON.parse(r.inspector_ids_json) as number[]]));
    },

    // --- draws ---
    async insertDraw(
      d: Omit<DrawRecord, 'id' | 'status' | 'resultHash' | 'drawnCount' | 'revealedAt' | 'revealedBy'>,
    ): Promise<number> {
      const row = await db
        .insertInto('draws')
        .values({
          plan_id: d.planId,
          status: 'frozen',
          plan_json: JSON.stringify(d.plan),
          plan_hash: d.planHash,
          objects_hash: d.objectsHash,
          inspectors_hash: d.inspectorsHash,
          pools_hash: d.poolsHash,
          seed_commitment: d.seedCommitment,
          seed: d.seed,
          object_count: d.objectCount,
          inspector_count: d.inspectorCount,
          frozen_at: d.frozenAt,
          frozen_by: d.frozenBy,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async insertPoolObjects(drawId: number, objects: readonly PoolObject[]): Promise<void> {
      const rows = objects.map((o) => ({
        draw_id: drawId,
        enterprise_id: o.id,
        credit_code: o.creditCode,
        name: o.name,
        region_code: o.regionCode,
        industry: o.industry,
        risk_class: o.riskClass,
        last_inspector_ids_json: JSON.stringify(o.lastInspectorIds),
      }));
      // 200,000 rows at a provincial scale: PostgreSQL takes them as JSON chunks.
      if (engine === 'postgres') return insertJsonRows(db, 'draw_pool_objects', rows);
      for (const part of chunks(rows, POOL_CHUNK)) await db.insertInto('draw_pool_objects').values(part).execute();
    },

    async insertPoolInspectors(drawId: number, inspectors: readonly PoolInspector[]): Promise<void> {
      for (const part of chunks(inspectors, 500)) {
        await db
          .insertInto('draw_pool_inspectors')
          .values(
            part.map((i) => ({
              draw_id: drawId,
              inspector_id: i.id,
              name: i.name,
              unit: i.unit,
              region_code: i.regionCode,
              qualifications_json: JSON.stringify(i.qualifications),
              conflicts_json: JSON.stringify(i.conflicts),
            })),
          )
          .execute();
      }
    },

    async draw(id: number): Promise<DrawRecord | null> {
      const r = await db.selectFrom('draws').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? drawFromRow(r) : null;
    },

    async draws(): Promise<DrawRecord[]> {
      const rows = await db.selectFrom('draws').selectAll().orderBy('id', 'desc').execute();
      return rows.map(drawFromRow);
    },

    /** The draws whose frozen pool held an enterprise, newest first: its class then, drawn or not, the result. */
    async historyOf(enterpriseId: number, limit = 50): Promise<EnterpriseDrawEntry[]> {
      const rows = await db
        .selectFrom('draw_pool_objects as p')
        .innerJoin('draws as d', 'd.id', 'p.draw_id')
        .leftJoin('draw_assignments as a', (j) =>
          j.onRef('a.draw_id', '=', 'p.draw_id').onRef('a.enterprise_id', '=', 'p.enterprise_id'),
        )
        .leftJoin('draw_outcomes as o', (j) =>
          j.onRef('o.draw_id', '=', 'p.draw_id').onRef('o.enterprise_id', '=', 'p.enterprise_id'),
        )
        .select([
          'd.id as drawId',
          'd.status',
          'd.plan_json',
          'd.frozen_at',
          'd.revealed_at',
          'p.risk_class',
          'a.id as assignmentId',
          'o.outcome',
          'o.inspected_on',
        ])
        .where('p.enterprise_id', '=', enterpriseId)
        .orderBy('d.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        drawId: r.drawId,
        status: r.status as DrawRecord['status'],
        plan: JSON.parse(r.plan_json) as PlanSnapshot,
        frozenAt: r.frozen_at,
        revealedAt: r.revealed_at,
        riskClass: r.risk_class as RiskClass,
        drawn: r.status === 'revealed' ? r.assignmentId !== null : null,
        outcome: r.outcome ?? null,
        inspectedOn: r.inspected_on ?? null,
      }));
    },

    async poolObjects(drawId: number): Promise<PoolObject[]> {
      const rows = await db
        .selectFrom('draw_pool_objects')
        .select([
          'enterprise_id',
          'credit_code',
          'name',
          'region_code',
          'industry',
          'risk_class',
          'last_inspector_ids_json',
        ])
        .where('draw_id', '=', drawId)
        .orderBy('enterprise_id')
        .execute();
      return rows.map((r) => ({
        id: r.enterprise_id,
        creditCode: r.credit_code,
        name: r.name,
        regionCode: r.region_code,
        industry: r.industry,
        riskClass: r.risk_class as RiskClass,
        lastInspectorIds: JSON.parse(r.last_inspector_ids_json) as number[],
      }));
    },

    async poolInspectors(drawId: number): Promise<PoolInspector[]> {
      const rows = await db
        .selectFrom('draw_pool_inspectors')
        .selectAll()
        .where('draw_id', '=', drawId)
        .orderBy('inspector_id')
        .execute();
      return rows.map((r) => ({
        id: r.inspector_id,
        name: r.name,
        unit: r.unit,
        regionCode: r.region_code,
        qualifications: JSON.parse(r.qualifications_json) as string[],
        conflicts: JSON.parse(r.conflicts_json) as string[],
      }));
    },

    async insertAssignments(drawId: number, list: readonly Assignment[]): Promise<void> {
      const rows = list.map((a) => ({
        draw_id: drawId,
        enterprise_id: a.enterpriseId,
        inspector_ids_json: JSON.stringify(a.inspectorIds),
      }));
      if (engine === 'postgres') return insertJsonRows(db, 'draw_assignments', rows);
      for (const part of chunks(rows, POOL_CHUNK)) await db.insertInto('draw_assignments').values(part).execute();
    },

    async assignments(drawId: number): Promise<Assignment[]> {
      const rows = await db
        .selectFrom('draw_assignments')
        .select(['enterprise_id', 'inspector_ids_json'])
        .where('draw_id', '=', drawId)
        .orderBy('enterprise_id')
        .execute();
      return rows.map((r) => ({
        enterpriseId: r.enterprise_id,
        inspectorIds: JSON.parse(r.inspector_ids_json) as number[],
      }));
    },

    async markRevealed(id: number, r: { resultHash: string; drawnCount: number; at: string; by: number | null }) {
      await db
        .updateTable('draws')
        .set({
          status: 'revealed',
          result_hash: r.resultHash,
          drawn_count: r.drawnCount,
          revealed_at: r.at,
          revealed_by: r.by,
        })
        .where('id', '=', id)
        .execute();
    },

    /** What the audit log recorded when the draw was frozen or revealed: the published values. */
    async publishedRecord(
      drawId: number,
      action: 'draw.frozen' | 'draw.revealed',
    ): Promise<Record<string, unknown> | null> {
      const r = await db
        .selectFrom('audit_log')
        .select('after_json')
        .where('action', '=', action)
        .where('entity', '=', 'draw')
        .where('entity_id', '=', String(drawId))
        .orderBy('id')
        .executeTakeFirst();
      return r?.after_json ? (JSON.parse(r.after_json) as Record<string, unknown>) : null;
    },

    // --- outcomes ---
    async outcomes(drawId: number): Promise<OutcomeRecord[]> {
      const rows = await db
        .selectFrom('draw_outcomes')
        .selectAll()
        .where('draw_id', '=', drawId)
        .orderBy('enterprise_id')
        .execute();
      return rows.map((r) => ({
        drawId: r.draw_id,
        enterpriseId: r.enterprise_id,
        outcome: r.outcome,
        note: r.note,
        inspectedOn: r.inspected_on,
        creditEventId: r.credit_event_id,
        enteredAt: r.entered_at,
      }));
    },

    async outcomeCreditEvent(drawId: number, enterpriseId: number): Promise<number | null> {
      const r = await db
        .selectFrom('draw_outcomes')
        .select('credit_event_id')
        .where('draw_id', '=', drawId)
        .where('enterprise_id', '=', enterpriseId)
        .executeTakeFirst();
      return r?.credit_event_id ?? null;
    },

    async saveOutcome(o: Omit<OutcomeRecord, 'enteredAt'>, by: number | null, now: string): Promise<void> {
      await db
        .insertInto('draw_outcomes')
        .values({
          draw_id: o.drawId,
          enterprise_id: o.enterpriseId,
          outcome: o.outcome,
          note: o.note,
          inspected_on: o.inspectedOn,
          credit_event_id: o.creditEventId,
          entered_by: by,
          entered_at: now,
        })
        .onConflict((oc) =>
          oc.columns(['draw_id', 'enterprise_id']).doUpdateSet({
            outcome: o.outcome,
            note: o.note,
            inspected_on: o.inspectedOn,
            credit_event_id: o.creditEventId,
            entered_by: by,
            entered_at: now,
          }),
        )
        .execute();
    },
  };
}

export type DrawRepository = ReturnType<typeof drawRepository>;
