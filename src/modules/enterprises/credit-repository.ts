// Credit events and the versioned risk models.
import type { Kysely, Selectable } from 'kysely';
import type { CreditEventKind } from '../../core/enterprises/credit-events.ts';
import type { Database } from '../../db/schema.ts';
import type { CreditEventTable } from '../../db/schema-enterprises.ts';
import { chunks } from './enterprise-repository.ts';

export interface CreditEventFields {
  enterpriseId: number;
  kind: CreditEventKind;
  date: string;
  description: string;
  source: string;
  points: number | null;
  sourceTable?: string | null;
  sourceId?: number | null;
}

export interface CreditEvent extends CreditEventFields {
  id: number;
  createdBy: number | null;
  createdAt: string;
}

export interface StoredModel {
  id: number;
  version: number;
  name: string;
  definition: unknown;
  createdBy: number | null;
  createdByName: string;
  createdAt: string;
}

function eventFromRow(r: Selectable<CreditEventTable>): CreditEvent {
  return {
    id: r.id,
    enterpriseId: r.enterprise_id,
    kind: r.kind as CreditEventKind,
    date: r.date,
    description: r.description,
    source: r.source,
    points: r.points,
    sourceTable: r.source_table,
    sourceId: r.source_id,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

export function creditRepository(db: Kysely<Database>) {
  return {
    async insertEvent(e: CreditEventFields, by: number | null, now: string): Promise<number> {
      const row = await db
        .insertInto('credit_events')
        .values({
          enterprise_id: e.enterpriseId,
          kind: e.kind,
          date: e.date,
          description: e.description,
          source: e.source,
          points: e.points,
          source_table: e.sourceTable ?? null,
          source_id: e.sourceId ?? null,
          created_by: by,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async updateEvent(
      id: number,
      e: Pick<CreditEventFields, 'date' | 'description' | 'source' | 'points'>,
    ): Promise<void> {
      await db
        .updateTable('credit_events')
        .set({ date: e.date, description: e.description, source: e.source, points: e.points })
        .where('id', '=', id)
        .execute();
    },

    async event(id: number): Promise<CreditEvent | null> {
      const r = await db.selectFrom('credit_events').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? eventFromRow(r) : null;
    },

    async deleteEvent(id: number): Promise<void> {
      await db.deleteFrom('credit_events').where('id', '=', id).execute();
    },

    async eventsOf(enterpriseIds: readonly number[]): Promise<Map<number, CreditEvent[]>> {
      const out = new Map<number, CreditEvent[]>();
      for (const part of chunks(enterpriseIds)) {
        if (part.length === 0) continue;
        const rows = await db
          .selectFrom('credit_events')
          .selectAll()
          .where('enterprise_id', 'in', part)
          .orderBy('date')
          .orderBy('id')
          .execute();
        for (const r of rows) {
          const e = eventFromRow(r);
          const list = out.get(e.enterpriseId);
          if (list) list.push(e);
          else out.set(e.enterpriseId, [e]);
        }
      }
      return out;
    },

    async latestModel(): Promise<StoredModel | null> {
      const r = await db.selectFrom('risk_models').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
      return r ? modelFromRow(r) : null;
    },

    async models(): Promise<StoredModel[]> {
      const rows = await db.selectFrom('risk_models').selectAll().orderBy('version', 'desc').execute();
      return rows.map(modelFromRow);
    },

    async insertModel(
      m: { version: number; name: string; definition: unknown; by: number | null; byName: string },
      now: string,
    ) {
      await db
        .insertInto('risk_models')
        .values({
          version: m.version,
          name: m.name,
          definition_json: JSON.stringify(m.definition),
          created_by: m.by,
          created_by_name: m.byName,
          created_at: now,
        })
        .execute();
    },
  };
}

function modelFromRow(r: Selectable<Database['risk_models']>): StoredModel {
  return {
    id: r.id,
    version: r.version,
    name: r.name,
    definition: JSON.parse(r.definition_json),
    createdBy: r.created_by,
    createdByName: r.created_by_name,
    createdAt: r.created_at,
  };
}

export type CreditRepository = ReturnType<typeof creditRepository>;
