// The only Kysely code for imported records. Record tables are addressed by name (sixteen kinds
// share one write path), so queries here go through a loosely typed view of the database; the
// column names come from core/records kinds, checked against the migration by the tests.
// Writes are INSERT … ON CONFLICT (key) DO UPDATE in chunks on both engines: SQLite binds each
// chunk's values; PostgreSQL takes a chunk as one JSON parameter (shared/json-insert.ts).
import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { RecordValue } from '../../core/records/kind-spec.ts';
import type { Engine } from '../../db/engine.ts';
import type { Database } from '../../db/schema.ts';
import { insertJsonRows } from '../shared/json-insert.ts';
import type { RecordTable } from './record-tables.ts';

type Row = Record<string, RecordValue>;
type LooseDb = Record<string, Row>;

/** SQLite allows 32,766 bound parameters per statement, PostgreSQL 65,535: stay well under both. */
const MAX_PARAMS = 20_000;
const MAX_CHUNK_ROWS = 500;
const KEY_LOOKUP_CHUNK = 900;

export interface ImportRow {
  kind: string;
  fileName: string;
  sha256: string;
  rowCount: number;
  inserted: number;
  updated: number;
  actorId: number | null;
  actorName: string;
  startedAt: string;
  finishedAt: string;
}

export interface ImportEntry extends ImportRow {
  id: number;
}

export interface BrowseQuery {
  page: number;
  pageSize: number;
  /** A region code, or 'none' for records that could not be placed. */
  region?: string;
  from?: string;
  to?: string;
  q?: string;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function chunkRows(columns: number): number {
  return Math.max(1, Math.min(MAX_CHUNK_ROWS, Math.floor(MAX_PARAMS / Math.max(1, columns))));
}

export function recordsRepository(db: Kysely<Database>, engine: Engine = 'sqlite') {
  const loose = db as unknown as Kysely<LooseDb>;

  return {
    /** Which of the keys already exist (for inserted/updated counts), in bulk. */
    async existingKeys(t: RecordTable, keys: readonly string[]): Promise<Set<string>> {
      const found = new Set<string>();
      for (let i = 0; i < keys.length; i += KEY_LOOKUP_CHUNK) {
        const part = keys.slice(i, i + KEY_LOOKUP_CHUNK);
        const rows = await loose.selectFrom(t.table).select(t.keyColumn).where(t.keyColumn, 'in', part).execute();
        for (const r of rows) found.add(String(r[t.keyColumn]));
      }
      return found;
    },

    /** Inserts or updates every row by its key; calls back after each chunk with rows written. */
    async upsert(t: RecordTable, rows: readonly Row[], onChunk?: (written: number) => void): Promise<void> {
      const first = rows[0];
      if (!first) return;
      const columns = Object.keys(first);
      if (engine === 'postgres') return insertJsonRows(db, t.table, rows, { conflictKey: t.keyColumn, onChunk });
      const updateColumns = columns.filter((c) => c !== t.keyColumn);
      const size = chunkRows(columns.length);
      const build = (chunk: Row[]) =>
        loose
          .insertInto(t.table)
          .values(chunk)
          .onConflict((oc) =>
            oc
              .column(t.keyColumn)
              .doUpdateSet((eb) => Object.fromEntries(updateColumns.map((c) => [c, eb.ref(`excluded.${c}`)]))),
          )
          .compile();
      const params = (chunk: Row[]) => {
        const out: RecordValue[] = [];
        for (const r of chunk) for (const c of columns) out.push(r[c] ?? null);
        return out;
      };
      // Every full chunk compiles to the same statement: build it once and bind each chunk's
      // values, rather than rebuilding a 10,000-parameter query tree 200 times per 100,000 rows.
      let reusable: string | null = null;
      for (let i = 0; i < rows.length; i += size) {
        const chunk = rows.slice(i, i + size) as Row[];
        if (reusable !== null && chunk.length === size) {
          await loose.executeQuery(CompiledQuery.raw(reusable, params(chunk)));
        } else {
          const q = build(chunk);
          // Reuse only when Kysely's parameters are exactly the chunk's values in column order.
          const p = params(chunk);
          if (chunk.length === size && q.parameters.length === p.length && q.parameters.every((v, n) => v === p[n])) {
            reusable = q.sql;
          }
          await loose.executeQuery(q);
        }
        onChunk?.(Math.min(rows.length, i + size));
      }
    },

    async insertImport(r: ImportRow): Promise<number> {
      const row = await db
        .insertInto('imports')
        .values({
          kind: r.kind,
          file_name: r.fileName,
          sha256: r.sha256,
          row_count: r.rowCount,
          inserted: r.inserted,
          updated: r.updated,
          actor_id: r.actorId,
          actor_name: r.actorName,
          started_at: r.startedAt,
          finished_at: r.finishedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async listImports(q: {
      page: number;
      pageSize: number;
      kind?: string;
    }): Promise<{ items: ImportEntry[]; total: number }> {
      let base = db.selectFrom('imports');
      if (q.kind) base = base.where('kind', '=', q.kind);
      const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
      const rows = await base
        .selectAll()
        .orderBy('id', 'desc')
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute();
      return {
        total: Number(total),
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          fileName: r.file_name,
          sha256: r.sha256,
          rowCount: r.row_count,
          inserted: r.inserted,
          updated: r.updated,
          actorId: r.actor_id,
          actorName: r.actor_name,
          startedAt: r.started_at,
          finishedAt: r.finished_at,
        })),
      };
    },

    /** A page of records, newest first, with the total for the filter. */
    async browse(t: RecordTable, q: BrowseQuery): Promise<{ items: Row[]; total: number }> {
      let base = loose.selectFrom(t.table);
      if (t.dated) {
        if (q.region === 'none') base = base.where('region_code', 'is', null);
        else if (q.region) base = base.where('region_code', '=', q.region);
        if (q.from) base = base.where('date', '>=', q.from);
        if (q.to) base = base.where('date', '<=', q.to);
      }
      if (q.q && t.search.length > 0) {
        const pattern = `%${escapeLike(q.q)}%`;
        base = base.where(({ or }) => or(t.search.map((c) => sql<boolean>`${sql.ref(c)} like ${pattern} escape '\\'`)));
      }
      const counted = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
      let page = base.selectAll();
      page = t.dated ? page.orderBy('date', 'desc').orderBy('id', 'desc') : page.orderBy(t.keyColumn);
      const items = await page
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute();
      return { items: items as Row[], total: Number(counted.total) };
    },

    /** How many records a table holds (tests and the history view). */
    async count(t: RecordTable): Promise<number> {
      const r = await loose
        .selectFrom(t.table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}

export type RecordsRepository = ReturnType<typeof recordsRepository>;
