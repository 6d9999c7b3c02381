// Links from records to enterprises and the review queue. Record tables are addressed through
// LINK_SOURCES (their column names are data here), so the scans are written as SQL with quoted
// identifiers; the statements are portable between SQLite and PostgreSQL.
import { type Kysely, sql } from 'kysely';
import type { Candidate, LinkMethod } from '../../core/enterprises/match-record.ts';
import type { SampleFact } from '../../core/enterprises/score-enterprise.ts';
import type { Database } from '../../db/schema.ts';
import { chunks } from './enterprise-repository.ts';
import {
  type LinkSource,
  type LinkTable,
  type RecordSummary,
  ROLE_LABELS,
  summarizeFood,
  summarizeProduct,
  TABLE_LABELS,
} from './link-sources.ts';

export interface PartyRow {
  id: number;
  name: string | null;
  code: string | null;
  regionCode: string | null;
}

export interface NewLink {
  recordTable: LinkTable;
  recordId: number;
  role: string;
  enterpriseId: number;
  method: LinkMethod;
  confidence: number;
  reason: string;
  confirmedBy: number | null;
}

export interface QueueEntry {
  recordTable: LinkTable;
  recordId: number;
  role: string;
  partyName: string | null;
  partyCode: string | null;
  regionCode: string | null;
  candidates: Candidate[];
  reason: string;
}

export interface QueueItem extends QueueEntry {
  id: number;
  status: 'pending' | 'confirmed' | 'rejected';
  enterpriseId: number | null;
  resolvedBy: number | null;
  resolvedAt: string | null;
  createdAt: string;
}

export interface LinkRow {
  id: number;
  recordTable: LinkTable;
  recordId: number;
  role: string;
  enterpriseId: number;
  method: LinkMethod;
  confidence: number;
  reason: string;
  confirmedBy: number | null;
}

export function linkRepository(db: Kysely<Database>) {
  async function summaries(table: LinkTable, ids: readonly number[]): Promise<Map<number, RecordSummary>> {
    const out = new Map<number, RecordSummary>();
    for (const part of chunks(ids)) {
      if (part.length === 0) continue;
      if (table === 'food_samples') {
        const rows = await db
          .selectFrom('food_samples')
          .select(['id', 'date', 'region_code', 'product_name', 'passed', 'sampling_type', 'failed_items_json'])
          .where('id', 'in', part)
          .execute();
        for (const r of rows) out.set(r.id, summarizeFood(r));
      } else {
        const rows = await db
          .selectFrom('product_checks')
          .select(['id', 'date', 'region_code', 'product_name', 'result', 'level', 'failed_items'])
          .where('id', 'in', part)
          .execute();
        for (const r of rows) out.set(r.id, summarizeProduct(r));
      }
    }
    return out;
  }

  return {
    summaries,

    /**
     * Records of a source not yet linked and not set aside by a person (a rejected or confirmed
     * queue item), after `afterId`, ascending. Pending queue items are included: a newly
     * registered enterprise may settle them.
     */
    /** Records not yet linked or set aside in a role; with `importId`, only that import's. */
    async unlinkedParties(src: LinkSource, afterId: number, limit: number, importId?: number): Promise<PartyRow[]> {
      const code = src.codeColumn ? sql`r.${sql.id(src.codeColumn)}` : sql`null`;
      const ofImport = importId === undefined ? sql`` : sql`and r.import_id = ${importId}`;
      const { rows } = await sql<{ id: number; name: string | null; code: string | null; region_code: string | null }>`
        select r.id, r.${sql.id(src.nameColumn)} as name, ${code} as code, r.region_code
        from ${sql.table(src.table)} r
        where r.id > ${afterId} ${ofImport}
          and not exists (select 1 from enterprise_links l
                          where l.record_table = ${src.table} and l.record_id = r.id and l.role = ${src.role})
          and not exists (select 1 from enterprise_match_queue q
                          where q.record_table = ${src.table} and q.record_id = r.id and q.role = ${src.role}
                            and q.status <> 'pending')
        order by r.id
        limit ${limit}`.execute(db);
      return rows.map((r) => ({ id: Number(r.id), name: r.name, code: r.code, regionCode: r.region_code }));
    },

    async insertLinks(links: readonly NewLink[], now: string): Promise<void> {
      for (const part of chunks(links, 400)) {
        if (part.length === 0) continue;
        await db
          .insertInto('enterprise_links')
          .values(
            part.map((l) => ({
              record_table: l.recordTable,
              record_id: l.recordId,
              role: l.role,
              enterprise_id: l.enterpriseId,
              method: l.method,
              confidence: l.confidence,
              reason: l.reason,
              confirmed_by: l.confirmedBy,
              confirmed_at: l.confirmedBy === null ? null : now,
              created_at: now,
            })),
          )
          .onConflict((oc) => oc.columns(['record_table', 'record_id', 'role']).doNothing())
          .execute();
      }
    },

    async upsertQueue(items: readonly QueueEntry[], now: string): Promise<void> {
      for (const part of chunks(items, 300)) {
        if (part.length === 0) continue;
        await db
          .insertInto('enterprise_match_queue')
          .values(
            part.map((q) => ({
              record_table: q.recordTable,
              record_id: q.recordId,
              role: q.role,
              party_name: q.partyName,
              party_code: q.partyCode,
              region_code: q.regionCode,
              candidates_json: JSON.stringify(q.candidates),
              reason: q.reason,
              status: 'pending',
              created_at: now,
            })),
          )
          .onConflict((oc) =>
            oc.columns(['record_table', 'record_id', 'role']).doUpdateSet((eb) => ({
              party_name: eb.ref('excluded.party_name'),
              party_code: eb.ref('excluded.party_code'),
              candidates_json: eb.ref('excluded.candidates_json'),
              reason: eb.ref('excluded.reason'),
            })),
          )
          .execute();
      }
    },

    /** Drops pending queue items of these records (settled by a link, or no longer matching anything). */
    async dropPending(table: LinkTable, role: string, recordIds: readonly number[]): Promise<number> {
      let n = 0;
      for (const part of chunks(recordIds)) {
        if (part.length === 0) continue;
        const r = await db
          .deleteFrom('enterprise_match_queue')
          .where('record_table', '=', table)
          .where('role', '=', role)
          .where('status', '=', 'pending')
          .where('record_id', 'in', part)
          .executeTakeFirst();
        n += Number(r.numDeletedRows);
      }
      return n;
    },

    /** Pending items' candidates and reason by record, to leave unchanged ones alone. */
    async pendingSignatures(): Promise<Map<string, string>> {
      const rows = await db
        .selectFrom('enterprise_match_queue')
        .select(['record_table', 'record_id', 'role', 'candidates_json', 'reason'])
        .where('status', '=', 'pending')
        .execute();
      return new Map(
        rows.map((r) => [`${r.record_table}:${r.role}:${r.record_id}`, `${r.candidates_json}\u0000${r.reason}`]),
      );
    },

    async queue(q: { status: string; page: number; pageSize: number }): Promise<{ items: QueueItem[]; total: number }> {
      const base = db.selectFrom('enterprise_match_queue').where('status', '=', q.status);
      const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
      const rows = await base
        .selectAll()
        .orderBy('id')
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute();
      return { total: Number(total), items: rows.map(queueFromRow) };
    },

    async queueItem(id: number): Promise<QueueItem | null> {
      const r = await db.selectFrom('enterprise_match_queue').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? queueFromRow(r) : null;
    },

    async resolveQueue(
      id: number,
      status: 'confirmed' | 'rejected',
      enterpriseId: number | null,
      by: number | null,
      at: string,
    ) {
      await db
        .updateTable('enterprise_match_queue')
        .set({ status, enterprise_id: enterpriseId, resolved_by: by, resolved_at: at })
        .where('id', '=', id)
        .execute();
    },

    async pendingCount(): Promise<number> {
      const r = await db
        .selectFrom('enterprise_match_queue')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', '=', 'pending')
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    async linksOf(enterpriseId: number): Promise<LinkRow[]> {
      const rows = await db
        .selectFrom('enterprise_links')
        .selectAll()
        .where('enterprise_id', '=', enterpriseId)
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        recordTable: r.record_table as LinkTable,
        recordId: r.record_id,
        role: r.role,
        enterpriseId: r.enterprise_id,
        method: r.method as LinkMethod,
        confidence: r.confidence,
        reason: r.reason,
        confirmedBy: r.confirmed_by,
      }));
    },

    /** The enterprises a record is linked to, by role (producer, sampled_unit …). */
    async enterprisesOfRecord(table: LinkTable, recordId: number): Promise<Map<string, number>> {
      const rows = await db
        .selectFrom('enterprise_links')
        .select(['role', 'enterprise_id'])
        .where('record_table', '=', table)
        .where('record_id', '=', recordId)
        .execute();
      return new Map(rows.map((r) => [r.role, r.enterprise_id]));
    },

    /** Sampling facts of enterprises, one per record (a record linked in two roles counts once). */
    async sampleFacts(enterpriseIds: readonly number[]): Promise<Map<number, SampleFact[]>> {
      const out = new Map<number, SampleFact[]>();
      const seen = new Set<string>();
      const push = (enterpriseId: number, role: string, s: RecordSummary) => {
        const key = `${enterpriseId}:${s.table}:${s.id}`;
        if (seen.has(key)) return;
        seen.add(key);
        const fact: SampleFact = {
          table: s.table,
          id: s.id,
          date: s.date,
          outcome: s.outcome,
          label: `${TABLE_LABELS[s.table]} ${s.date} ${s.product} ${s.result}(${ROLE_LABELS[role as keyof typeof ROLE_LABELS] ?? role})`,
        };
        const list = out.get(enterpriseId);
        if (list) list.push(fact);
        else out.set(enterpriseId, [fact]);
      };
      for (const part of chunks(enterpriseIds)) {
        if (part.length === 0) continue;
        const food = await db
          .selectFrom('enterprise_links as l')
          .innerJoin('food_samples as f', 'f.id', 'l.record_id')
          .select([
            'l.enterprise_id',
            'l.role',
            'f.id',
            'f.date',
            'f.region_code',
            'f.product_name',
            'f.passed',
            'f.sampling_type',
            'f.failed_items_json',
          ])
          .where('l.record_table', '=', 'food_samples')
          .where('l.enterprise_id', 'in', part)
          .orderBy('f.date')
          .orderBy('f.id')
          .execute();
        for (const r of food) push(r.enterprise_id, r.role, summarizeFood(r));
        const product = await db
          .selectFrom('enterprise_links as l')
          .innerJoin('product_checks as p', 'p.id', 'l.record_id')
          .select([
            'l.enterprise_id',
            'l.role',
            'p.id',
            'p.date',
            'p.region_code',
            'p.product_name',
            'p.result',
            'p.level',
            'p.failed_items',
          ])
          .where('l.record_table', '=', 'product_checks')
          .where('l.enterprise_id', 'in', part)
          .orderBy('p.date')
          .orderBy('p.id')
          .execute();
        for (const r of product) push(r.enterprise_id, r.role, summarizeProduct(r));
      }
      return out;
    },
  };
}

function queueFromRow(r: {
  id: number;
  record_table: string;
  record_id: number;
  role: string;
  party_name: string | null;
  party_code: string | null;
  region_code: string | null;
  candidates_json: string;
  reason: string;
  status: string;
  enterprise_id: number | null;
  resolved_by: number | null;
  resolved_at: string | null;
  created_at: string;
}): QueueItem {
  return {
    id: r.id,
    recordTable: r.record_table as LinkTable,
    recordId: r.record_id,
    role: r.role,
    partyName: r.party_name,
    partyCode: r.party_code,
    regionCode: r.region_code,
    candidates: JSON.parse(r.candidates_json) as Candidate[],
    reason: r.reason,
    status: r.status as QueueItem['status'],
    enterpriseId: r.enterprise_id,
    resolvedBy: r.resolved_by,
    resolvedAt: r.resolved_at,
    createdAt: r.created_at,
  };
}

export type LinkRepository = ReturnType<typeof linkRepository>;
