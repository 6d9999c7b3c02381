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
