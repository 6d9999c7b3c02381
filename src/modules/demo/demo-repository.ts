// Writes, counts and removes demo rows. The record tables share their key columns (natural_key,
// is_demo, import_id), so one set of statements serves all of them through a loosely typed view
// of the database; FITS below proves at compile time that each generator's rows fit its table.
import { type Insertable, type Kysely, sql } from 'kysely';
import { demoKeyPrefix } from '../../core/demo/demo-calendar.ts';
import type { DemoDataset, DemoTable, EssentialDrugRow } from '../../core/demo/demo-rows.ts';
import type { Database } from '../../db/schema.ts';

/** Demo tables whose rows carry natural_key, region_code, date and import_id. */
export type DemoRecordTable = Exclude<DemoTable, 'essential_drugs'>;

type Stamp = { import_id: number; is_demo: number };
type Fits = { [T in DemoRecordTable]: DemoDataset[T][number] & Stamp extends Insertable<Database[T]> ? true : never };
// Fails to compile when a generator's row drifts from its table's columns.
const FITS: Fits = {
  food_samples: true,
  agri_samples: true,
  product_checks: true,
  drug_samples: true,
  drug_manufacturers: true,
  construction_acceptances: true,
  water_projects: true,
  water_project_checks: true,
  air_hourly: true,
  air_daily: true,
  water_samples: true,
  effluent_samples: true,
  sewage_volumes: true,
  survey_responses: true,
  reported_values: true,
};
export const DEMO_RECORD_TABLES = Object.keys(FITS) as DemoRecordTable[];
const _essentialFits: EssentialDrugRow & { is_demo: number } extends Insertable<Database['essential_drugs']>
  ? true
  : never = true;

/** Every table a first start must find empty before it loads demo data. */
const ALL_RECORD_TABLES = [...DEMO_RECORD_TABLES, 'essential_drugs', 'imports'] as const;

/** Rows per INSERT: 500 × at most 25 columns stays under SQLite's 32,766 bound parameters. */
export const DEMO_CHUNK_ROWS = 500;

// A view of the same connection where any table takes any columns.
type LooseDatabase = Record<string, Record<string, unknown>>;

/** Ids of the supervision-loop rows one generation created (tables without is_demo). */
export interface SupervisionIds {
  enterpriseIds: number[];
  itemIds: number[];
  inspectorIds: number[];
  planIds: number[];
  captureIds: number[];
  incidentIds: number[];
  lotIds: string[];
  partyCodes: string[];
}

export const EMPTY_SUPERVISION: SupervisionIds = {
  enterpriseIds: [],
  itemIds: [],
  inspectorIds: [],
  planIds: [],
  captureIds: [],
  incidentIds: [],
  lotIds: [],
  partyCodes: [],
};

/** Binds at most this many values per IN list. */
const IN_CHUNK = 500;

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += IN_CHUNK) out.push(list.slice(i, i + IN_CHUNK));
  return out;
}

export interface DemoCase {
  caseId: number;
  naturalKey: string;
  date: string;
  openedAt: string;
}

export interface DemoImport {
  kind: string;
  sha256: string;
  rowCount: number;
  actorId: number | null;
  actorName: string;
  startedAt: string;
  finishedAt: string;
}

export function demoRepository(db: Kysely<Database>) {
  const loose = db as unknown as Kysely<LooseDatabase>;

  async function countWhere(table: string, demoOnly: boolean): Promise<number> {
    let q = loose.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
    if (demoOnly) q = q.where('is_demo', '=', 1);
    const row = await q.executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  return {
    /**
     * Deletes the demo rows one generation of `year` wrote to a table (their keys start with
     * demo:{year}:) and the demo imports rows that recorded them. Returns rows deleted.
     */
    async deleteYear(table: DemoRecordTable, year: number): Promise<number> {
      const prefix = `${demoKeyPrefix(year)}%`;
      const imports = await loose
        .selectFrom(table)
        .select('import_id')
        .distinct()
        .where('is_demo', '=', 1)
        .where('natural_key', 'like', prefix)
        .execute();
      const r = await loose
        .deleteFrom(table)
        .where('is_demo', '=', 1)
        .where('natural_key', 'like', prefix)
        .executeTakeFirst();
      const ids = imports.map((i) => i.import_id).filter((id): id is number => typeof id === 'number');
      if (ids.length > 0) await db.deleteFrom('imports').where('is_demo', '=', 1).where('id', 'in', ids).execute();
      return Number(r.numDeletedRows);
    },

    async insertImport(i: DemoImport): Promise<number> {
      const row = await db
        .insertInto('imports')
        .values({
          kind: i.kind,
          file_name: '演示数据',
          sha256: i.sha256,
          row_count: i.rowCount,
          inserted: i.rowCount,
          updated: 0,
          is_demo: 1,
          actor_id: i.actorId,
          actor_name: i.actorName,
          started_at: i.startedAt,
          finished_at: i.finishedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** Multi-row inserts of DEMO_CHUNK_ROWS rows each, every row stamped demo and with its import. */
    async insertRows<T extends DemoRecordTable>(
      table: T,
      rows: readonly DemoDataset[T][number][],
      importId: number,
    ): Promise<void> {
      for (let i = 0; i < rows.length; i += DEMO_CHUNK_ROWS) {
        // FITS has checked the row types; the loose view only spares a per-table switch.
        const chunk: Record<string, unknown>[] = rows
          .slice(i, i + DEMO_CHUNK_ROWS)
          .map((r) => Object.assign({}, r as object, { import_id: importId, is_demo: 1 }));
        await loose.insertInto(table).values(chunk).execute();
      }
    },

    /** Adds the demo varieties a real list does not already hold; returns how many were added. */
    async addEssentialDrugs(rows: readonly EssentialDrugRow[]): Promise<number> {
      if (rows.length === 0) return 0;
      const before = await countWhere('essential_drugs', true);
      for (let i = 0; i < rows.length; i += DEMO_CHUNK_ROWS) {
        await db
          .insertInto('essential_drugs')
          .values(rows.slice(i, i + DEMO_CHUNK_ROWS).map((r) => ({ ...r, is_demo: 1 })))
          .onConflict((oc) => oc.column('variety').doNothing())
          .execute();
      }
      return (await countWhere('essential_drugs', true)) - before;
    },

    /** Demo rows per table. */
    async countDemo(): Promise<Record<DemoTable, number>> {
      const out = {} as Record<DemoTable, number>;
      for (const t of [...DEMO_RECORD_TABLES, 'essential_drugs'] as const) out[t] = await countWhere(t, true);
      return out;
    },

    /** Whether any table of records (demo or real) or any import holds a row. */
    async anyRecords(): Promise<boolean> {
      for (const t of ALL_RECORD_TABLES) {
        const row = await loose.selectFrom(t).select(sql<number>`1`.as('x')).limit(1).executeTakeFirst();
        if (row) return true;
      }
      return false;
    },

    async deleteMeta(key: string): Promise<void> {
      await db.deleteFrom('meta').where('key', '=', key).execute();
    },

    /** The disposal cases of demo food samples, with the sample's key and date. */
    async demoCases(): Promise<DemoCase[]> {
      const rows = await db
        .selectFrom('disposal_cases as c')
        .innerJoin('food_samples as s', 's.id', 'c.sample_id')
        .select(['c.id', 's.natural_key', 's.date', 'c.opened_at'])
        .where('s.is_demo', '=', 1)
        .orderBy('c.id')
        .execute();
      return rows.map((r) => ({ caseId: r.id, naturalKey: r.natural_key, date: r.date, openedAt: r.opened_at }));
    },

    /**
     * Moves a case's clock back to when the sample was reported: opened at `openedAt`, each
     * deadline by the same shift, and the first `done` actions done before their deadline.
     */
    async backdateCase(caseId: number, openedAt: string, done: number, doneBy: string): Promise<void> {
      const c = await db.selectFrom('disposal_cases').select('opened_at').where('id', '=', caseId).executeTakeFirst();
      if (!c) return;
      const shift = Date.parse(c.opened_at) - Date.parse(openedAt);
      await db.updateTable('disposal_cases').set({ opened_at: openedAt }).where('id', '=', caseId).execute();
      const actions = await db
        .selectFrom('disposal_actions')
        .select(['id', 'seq', 'kind', 'due_at'])
        .where('case_id', '=', caseId)
        .orderBy('seq')
        .execute();
      for (const a of actions) {
        const due = Date.parse(a.due_at) - shift;
        const isDone = a.seq < done;
        await db
          .updateTable('disposal_actions')
          .set({
            due_at: new Date(due).toISOString(),
            ...(isDone
              ? {
                  done_at: new Date(
                    Math.max(
                      Date.parse(openedAt) + 7_200_000,
                      due - 3_600_000 * (6 + ((caseId * 7 + a.seq * 13) % 30)),
                    ),
                  ).toISOString(),
                  done_by: doneBy,
                  evidence_text: `${a.kind}已完成,相关记录已归档(演示数据)`,
                }
              : {}),
          })
          .where('id', '=', a.id)
          .execute();
      }
    },

    /** The close time of a case and of the credit event its closing wrote. */
    async backdateClose(caseId: number, closedAt: string): Promise<void> {
      await db.updateTable('disposal_cases').set({ closed_at: closedAt }).where('id', '=', caseId).execute();
      await db
        .updateTable('credit_events')
        .set({ date: closedAt.slice(0, 10) })
        .where('source_table', '=', 'disposal_cases')
        .where('source_id', '=', caseId)
        .execute();
    },

    /** An incident reported `hours` after discovery, and its case opened then. */
    async backdateIncident(incidentId: number, reportedAt: string): Promise<number | null> {
      const i = await db.selectFrom('incidents').select('case_id').where('id', '=', incidentId).executeTakeFirst();
      await db.updateTable('incidents').set({ reported_at: reportedAt }).where('id', '=', incidentId).execute();
      return i?.case_id ?? null;
    },

    /**
     * Deletes the supervision-loop rows a generation created, and whatever hangs off the demo
     * records (links, match queue entries, credit events, disposal cases). Run before removeAll.
     */
    async removeSupervision(ids: SupervisionIds): Promise<Record<string, number>> {
      const removed: Record<string, number> = {};
      const count = (k: string, n: bigint | number) => {
        removed[k] = (removed[k] ?? 0) + Number(n);
      };
      // Disposal cases of demo samples (whoever opened them) and of demo incidents.
      const cases = await db
        .selectFrom('disposal_cases')
        .select('id')
        .where((eb) =>
          eb.or([
            eb('sample_id', 'in', eb.selectFrom('food_samples').select('id').where('is_demo', '=', 1)),
            ...(ids.incidentIds.length > 0 ? [eb('incident_id', 'in', ids.incidentIds)] : []),
          ]),
        )
        .execute();
      const caseIds = cases.map((c) => c.id);
      for (const part of chunks(caseIds)) {
        // Files someone attached to a demo case go with it (the blobs stay: content-addressed).
        await db.deleteFrom('disposal_evidence').where('case_id', 'in', part).execute();
        await db.deleteFrom('disposal_actions').where('case_id', 'in', part).execute();
        await db
          .deleteFrom('credit_events')
          .where('source_table', '=', 'disposal_cases')
          .where('source_id', 'in', part)
          .execute();
        await db.updateTable('incidents').set({ case_id: null }).where('case_id', 'in', part).execute();
        count(
          'disposal_cases',
          (await db.deleteFrom('disposal_cases').where('id', 'in', part).executeTakeFirst()).numDeletedRows,
        );
      }
      for (const part of chunks(ids.incidentIds)) {
        await db.deleteFrom('incident_followups').where('incident_id', 'in', part).execute();
        await db
          .deleteFrom('credit_events')
          .where('source_table', '=', 'incidents')
          .where('source_id', 'in', part)
          .execute();
        count(
          'incidents',
          (await db.deleteFrom('incidents').where('id', 'in', part).executeTakeFirst()).numDeletedRows,
        );
      }
      // Links, queue entries and credit events of demo records.
      for (const t of ['food_samples', 'product_checks'] as const) {
        const demoIds = db.selectFrom(t).select('id').where('is_demo', '=', 1);
        await db
          .deleteFrom('enterprise_links')
          .where('record_table', '=', t)
          .where('record_id', 'in', demoIds)
          .execute();
        await db
          .deleteFrom('enterprise_match_queue')
          .where('record_table', '=', t)
          .where('record_id', 'in', demoIds)
          .execute();
        await db.deleteFrom('credit_events').where('source_table', '=', t).where('source_id', 'in', demoIds).execute();
      }
      // Trace events of the demo captures, then the lots and parties nothing else refers to.
      for (const part of chunks(ids.captureIds)) {
        const pks = db.selectFrom('trace_events').select('id').where('capture_id', 'in', part);
        await db.deleteFrom('trace_edges').where('event_pk', 'in', pks).execute();
        await db.deleteFrom('trace_event_lots').where('event_pk', 'in', pks).execute();
        count(
          'trace_events',
          (await db.deleteFrom('trace_events').where('capture_id', 'in', part).executeTakeFirst()).numDeletedRows,
        );
        await db.deleteFrom('trace_captures').where('id', 'in', part).execute();
      }
      for (const part of chunks(ids.lotIds)) {
        const used = db.selectFrom('trace_event_lots').select('lot_id');
        count(
          'trace_lots',
          (
            await db
              .deleteFrom('trace_lots')
              .where('lot_id', 'in', part)
              .where('lot_id', 'not in', used)
              .executeTakeFirst()
          ).numDeletedRows,
        );
      }
      for (const part of chunks(ids.partyCodes)) {
        await db
          .deleteFrom('trace_parties')
          .where('credit_code', 'in', part)
          .where((eb) =>
            eb.and([
              eb(
                'credit_code',
                'not in',
                eb
                  .selectFrom('trace_events')
                  .select('party')
                  .where('party', 'is not', null)
                  .$narrowType<{ party: string }>(),
              ),
              eb(
                'credit_code',
                'not in',
                eb
                  .selectFrom('trace_events')
                  .select('source_party')
                  .where('source_party', 'is not', null)
                  .$narrowType<{ source_party: string }>(),
              ),
              eb(
                'credit_code',
                'not in',
                eb
                  .selectFrom('trace_events')
                  .select('dest_party')
                  .where('dest_party', 'is not', null)
                  .$narrowType<{ dest_party: string }>(),
              ),
            ]),
          )
          .execute();
      }
      // 双随机: draws of the demo plan (if anyone ran it), the plan, the lists.
      for (const part of chunks(ids.planIds)) {
        const draws = db.selectFrom('draws').select('id').where('plan_id', 'in', part);
        for (const t of ['draw_pool_objects', 'draw_pool_inspectors', 'draw_assignments', 'draw_outcomes'] as const)
          await db.deleteFrom(t).where('draw_id', 'in', draws).execute();
        await db.deleteFrom('draws').where('plan_id', 'in', part).execute();
        count(
          'draw_plans',
          (await db.deleteFrom('draw_plans').where('id', 'in', part).executeTakeFirst()).numDeletedRows,
        );
      }
      for (const part of chunks(ids.inspectorIds))
        count(
          'inspectors',
          (await db.deleteFrom('inspectors').where('id', 'in', part).executeTakeFirst()).numDeletedRows,
        );
      for (const part of chunks(ids.itemIds))
        count(
          'inspection_items',
          (await db.deleteFrom('inspection_items').where('id', 'in', part).executeTakeFirst()).numDeletedRows,
        );
      // Enterprises last: aliases, links and credit events go with them (ON DELETE CASCADE, and
      // explicitly here for engines that do not enforce it).
      for (const part of chunks(ids.enterpriseIds)) {
        await db.deleteFrom('enterprise_aliases').where('enterprise_id', 'in', part).execute();
        await db.deleteFrom('enterprise_links').where('enterprise_id', 'in', part).execute();
        await db.deleteFrom('credit_events').where('enterprise_id', 'in', part).execute();
        await db
          .updateTable('enterprise_match_queue')
          .set({ enterprise_id: null })
          .where('enterprise_id', 'in', part)
          .execute();
        count(
          'enterprises',
          (await db.deleteFrom('enterprises').where('id', 'in', part).executeTakeFirst()).numDeletedRows,
        );
      }
      return removed;
    },

    /** Deletes every demo row of every record table, then the demo imports. Returns rows per table. */
    async removeAll(): Promise<Record<string, number>> {
      const removed: Record<string, number> = {};
      for (const t of [...DEMO_RECORD_TABLES, 'essential_drugs', 'imports'] as const) {
        const r = await loose.deleteFrom(t).where('is_demo', '=', 1).executeTakeFirst();
        removed[t] = Number(r.numDeletedRows);
      }
      return removed;
    },
  };
}

export type DemoRepository = ReturnType<typeof demoRepository>;
void _essentialFits;
