// Trace storage. Every lookup the walk makes is by lot id through trace_edges_from / _to, in
// chunks small enough for either engine's parameter limit.
import { type Kysely, sql } from 'kysely';
import type { EdgeKind } from '../../core/trace/event-model.ts';
import type { LotIdentity } from '../../core/trace/identifiers.ts';
import type { Direction, StoredEdge } from '../../core/trace/trace-graph.ts';
import type { Database } from '../../db/schema.ts';

/** Ids per IN (…) list: far below SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const IN_CHUNK = 500;

function chunks<T>(xs: readonly T[], n = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

export interface LotRow {
  lotId: string;
  kind: string;
  code: string;
  producerCreditCode: string | null;
  productName: string | null;
}

export interface PartyRow {
  creditCode: string;
  name: string | null;
  regionCode: string | null;
  address: string | null;
}

export interface NewEventRow {
  eventId: string;
  captureId: number | null;
  type: string;
  action: string | null;
  bizStep: string | null;
  disposition: string | null;
  eventTime: string;
  tzOffset: string;
  recordTime: string;
  party: string | null;
  sourceParty: string | null;
  destParty: string | null;
  readPoint: string | null;
  bizLocation: string | null;
  address: string | null;
  regionCode: string | null;
  bodyJson: string | null;
  lots: { lotId: string; role: string; quantity: number | null; uom: string | null }[];
  edges: {
    kind: EdgeKind;
    fromLot: string;
    fromParty: string | null;
    toLot: string;
    toParty: string | null;
    time: string;
    quantity: number | null;
    uom: string | null;
  }[];
}

export interface EventRow {
  pk: number;
  eventId: string;
  type: string;
  action: string | null;
  bizStep: string | null;
  disposition: string | null;
  eventTime: string;
  tzOffset: string;
  party: string | null;
  sourceParty: string | null;
  destParty: string | null;
  bizLocation: string | null;
  address: string | null;
  regionCode: string | null;
  lots: { lotId: string; role: string; quantity: number | null; uom: string | null }[];
}

export interface LotObservation {
  lotId: string;
  bizStep: string;
  time: string;
  party: string | null;
  sourceParty: string | null;
  destParty: string | null;
}

export function traceRepository(db: Kysely<Database>) {
  return {
    async insertCapture(c: {
      source: string;
      fileName: string | null;
      eventCount: number;
      actorId: number | null;
      actorName: string;
      at: string;
    }): Promise<number> {
      const r = await db
        .insertInto('trace_captures')
        .values({
          source: c.source,
          file_name: c.fileName,
          event_count: c.eventCount,
          actor_id: c.actorId,
          actor_name: c.actorName,
          captured_at: c.at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },

    /** Adds lots not yet known; fills a missing product name on known ones. */
    async upsertLots(lots: readonly (LotIdentity & { productName: string | null })[], at: string): Promise<void> {
      const byId = new Map(lots.map((l) => [l.id, l]));
      const known = new Map<string, string | null>();
      for (const part of chunks([...byId.keys()])) {
        const rows = await db
          .selectFrom('trace_lots')
          .select(['lot_id', 'product_name'])
          .where('lot_id', 'in', part)
          .execute();
        for (const r of rows) known.set(r.lot_id, r.product_name);
      }
      const fresh = [...byId.values()].filter((l) => !known.has(l.id));
      for (const part of chunks(fresh, 200)) {
        await db
          .insertInto('trace_lots')
          .values(
            part.map((l) => ({
              lot_id: l.id,
              kind: l.kind,
              code: l.code,
              producer_credit_code: l.producerCreditCode,
              product_name: l.productName,
              created_at: at,
            })),
          )
          .execute();
      }
      for (const l of byId.values()) {
        if (l.productName && known.has(l.id) && !known.get(l.id)) {
          await db.updateTable('trace_lots').set({ product_name: l.productName }).where('lot_id', '=', l.id).execute();
        }
      }
    },

    /** Adds parties not yet known; a name, address or region given now replaces what was stored. */
    async upsertParties(parties: readonly PartyRow[]): Promise<void> {
      const byCode = new Map<string, PartyRow>();
      for (const p of parties) {
        const prev = byCode.get(p.creditCode);
        byCode.set(p.creditCode, {
          creditCode: p.creditCode,
          name: p.name ?? prev?.name ?? null,
          regionCode: p.regionCode ?? prev?.regionCode ?? null,
          address: p.address ?? prev?.address ?? null,
        });
      }
      const known = new Set<string>();
      for (const part of chunks([...byCode.keys()])) {
        const rows = await db
          .selectFrom('trace_parties')
          .select('credit_code')
          .where('credit_code', 'in', part)
          .execute();
        for (const r of rows) known.add(r.credit_code);
      }
      const fresh = [...byCode.values()].filter((p) => !known.has(p.creditCode));
      for (const part of chunks(fresh, 200)) {
        await db
          .insertInto('trace_parties')
          .values(
            part.map((p) => ({
              credit_code: p.creditCode,
              name: p.name,
              region_code: p.regionCode,
              address: p.address,
            })),
          )
          .execute();
      }
      for (const p of byCode.values()) {
        if (!known.has(p.creditCode)) continue;
        const set = {
          ...(p.name ? { name: p.name } : {}),
          ...(p.regionCode ? { region_code: p.regionCode } : {}),
          ...(p.address ? { address: p.address } : {}),
        };
        if (Object.keys(set).length > 0) {
          await db.updateTable('trace_parties').set(set).where('credit_code', '=', p.creditCode).execute();
        }
      }
    },

    async existingEventIds(ids: readonly string[]): Promise<Set<string>> {
      const found = new Set<string>();
      for (const part of chunks(ids)) {
        const rows = await db.selectFrom('trace_events').select('event_id').where('event_id', 'in', part).execute();
        for (const r of rows) found.add(r.event_id);
      }
      return found;
    },

    async insertEvent(e: NewEventRow): Promise<number> {
      const { id } = await db
        .insertInto('trace_events')
        .values({
          event_id: e.eventId,
          capture_id: e.captureId,
          type: e.type,
          action: e.action,
          biz_step: e.bizStep,
          disposition: e.disposition,
          event_time: e.eventTime,
          tz_offset: e.tzOffset,
          record_time: e.recordTime,
          party: e.party,
          source_party: e.sourceParty,
          dest_party: e.destParty,
          read_point: e.readPoint,
          biz_location: e.bizLocation,
          address: e.address,
          region_code: e.regionCode,
          body_json: e.bodyJson,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const part of chunks(e.lots, 200)) {
        await db
          .insertInto('trace_event_lots')
          .values(part.map((l) => ({ event_pk: id, lot_id: l.lotId, role: l.role, quantity: l.quantity, uom: l.uom })))
          .execute();
      }
      for (const part of chunks(e.edges, 200)) {
        await db
          .insertInto('trace_edges')
          .values(
            part.map((x) => ({
              event_pk: id,
              kind: x.kind,
              from_lot: x.fromLot,
              from_party: x.fromParty,
              to_lot: x.toLot,
              to_party: x.toParty,
              event_time: x.time,
              quantity: x.quantity,
              uom: x.uom,
            })),
          )
          .execute();
      }
      return id;
    },

    /** Edges leaving (forward) or entering (backward) the lots, optionally of some kinds only. */
    async edges(lots: readonly string[], direction: Direction, kinds?: readonly EdgeKind[]): Promise<StoredEdge[]> {
      const out: StoredEdge[] = [];
      const col = direction === 'forward' ? 'from_lot' : 'to_lot';
      for (const part of chunks(lots)) {
        let q = db.selectFrom('trace_edges').selectAll().where(col, 'in', part);
        if (kinds) q = q.where('kind', 'in', [...kinds]);
        for (const r of await q.execute()) {
          out.push({
            id: r.id,
            kind: r.kind as EdgeKind,
            fromLot: r.from_lot,
            fromParty: r.from_party,
            toLot: r.to_lot,
            toParty: r.to_party,
            time: r.event_time,
            quantity: r.quantity === null ? null : Number(r.quantity),
            uom: r.uom,
            eventPk: r.event_pk,
          });
        }
      }
      return out;
    },

    /** Shipped and received totals by lot, from, to and unit, for the over-receipt rule. */
    async movementTotals(
      lots: readonly string[],
    ): Promise<{ kind: string; lotId: string; from: string; to: string; uom: string | null; total: number }[]> {
      const out: { kind: string; lotId: string; from: string; to: string; uom: string | null; total: number }[] = [];
      for (const part of chunks(lots)) {
        const rows = await db
          .selectFrom('trace_edges')
          .select(['kind', 'from_lot', 'from_party', 'to_party', 'uom'])
          .select((eb) => eb.fn.sum<number>('quantity').as('total'))
          .where('from_lot', 'in', part)
          .where('kind', 'in', ['ship', 'receive'])
          .where('from_party', 'is not', null)
          .where('to_party', 'is not', null)
          .groupBy(['kind', 'from_lot', 'from_party', 'to_party', 'uom'])
          .execute();
        for (const r of rows) {
          out.push({
            kind: r.kind,
            lotId: r.from_lot,
            from: r.from_party as string,
            to: r.to_party as string,
            uom: r.uom,
            total: Number(r.total ?? 0),
          });
        }
      }
      return out;
    },

    /** Events of the given business steps that touched the lots (destructions, recalls, holds). */
    async observations(lots: readonly string[], steps: readonly string[]): Promise<LotObservation[]> {
      const out: LotObservation[] = [];
      for (const part of chunks(lots)) {
        const rows = await db
          .selectFrom('trace_event_lots as l')
          .innerJoin('trace_events as e', 'e.id', 'l.event_pk')
          .select(['l.lot_id', 'e.biz_step', 'e.event_time', 'e.party', 'e.source_party', 'e.dest_party'])
          .where('l.lot_id', 'in', part)
          .where('e.biz_step', 'in', [...steps])
          .execute();
        for (const r of rows) {
          out.push({
            lotId: r.lot_id,
            bizStep: r.biz_step as string,
            time: r.event_time,
            party: r.party,
            sourceParty: r.source_party,
            destParty: r.dest_party,
          });
        }
      }
      return out;
    },

    async lots(ids: readonly string[]): Promise<LotRow[]> {
      const out: LotRow[] = [];
      for (const part of chunks(ids)) {
        const rows = await db.selectFrom('trace_lots').selectAll().where('lot_id', 'in', part).execute();
        for (const r of rows) {
          out.push({
            lotId: r.lot_id,
            kind: r.kind,
            code: r.code,
            producerCreditCode: r.producer_credit_code,
            productName: r.product_name,
          });
        }
      }
      return out;
    },

    async parties(codes: readonly string[]): Promise<PartyRow[]> {
      const out: PartyRow[] = [];
      for (const part of chunks(codes)) {
        const rows = await db.selectFrom('trace_parties').selectAll().where('credit_code', 'in', part).execute();
        for (const r of rows) {
          out.push({ creditCode: r.credit_code, name: r.name, regionCode: r.region_code, address: r.address });
        }
      }
      return out;
    },

    /** Lots whose id or code is q, then lots whose code starts with it, then lots of parties named like it. */
    async searchLots(q: string, limit: number): Promise<LotRow[]> {
      // LIKE wildcards typed by a user only widen their own search; no escaping needed.
      const like = `${q}%`;
      const rows = await db
        .selectFrom('trace_lots')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb('lot_id', '=', q),
            eb('code', '=', q),
            eb('code', 'like', like),
            eb('producer_credit_code', 'in', (s) =>
              s.selectFrom('trace_parties').select('credit_code').where('name', 'like', `%${like}`),
            ),
          ]),
        )
        .orderBy(sql`case when lot_id = ${q} or code = ${q} then 0 else 1 end`)
        .orderBy('lot_id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        lotId: r.lot_id,
        kind: r.kind,
        code: r.code,
        producerCreditCode: r.producer_credit_code,
        productName: r.product_name,
      }));
    },

    /** A producer's batch by its code, the producer known by credit code or (failing that) by name. */
    async findBatchLot(
      batchCode: string,
      producerCreditCode: string | null,
      producerName: string | null,
    ): Promise<string | null> {
      if (producerCreditCode) {
        const r = await db
          .selectFrom('trace_lots')
          .select('lot_id')
          .where('code', '=', batchCode)
          .where('producer_credit_code', '=', producerCreditCode)
          .executeTakeFirst();
        if (r) return r.lot_id;
      }
      if (producerName) {
        const r = await db
          .selectFrom('trace_lots')
          .select('lot_id')
          .where('code', '=', batchCode)
          .where('producer_credit_code', 'in', (s) =>
            s.selectFrom('trace_parties').select('credit_code').where('name', '=', producerName),
          )
          .orderBy('lot_id')
          .executeTakeFirst();
        if (r) return r.lot_id;
      }
      return null;
    },

    async lotExists(lotId: string): Promise<boolean> {
      const r = await db.selectFrom('trace_lots').select('lot_id').where('lot_id', '=', lotId).executeTakeFirst();
      if (r) return true;
      const e = await db
        .selectFrom('trace_edges')
        .select('id')
        .where('from_lot', '=', lotId)
        .limit(1)
        .executeTakeFirst();
      return e !== undefined;
    },

    /** Events by primary key, with their lots, in time order. */
    async eventsByPk(pks: readonly number[]): Promise<EventRow[]> {
      const out = new Map<number, EventRow>();
      for (const part of chunks(pks)) {
        const rows = await db.selectFrom('trace_events').selectAll().where('id', 'in', part).execute();
        for (const r of rows) {
          out.set(r.id, {
            pk: r.id,
            eventId: r.event_id,
            type: r.type,
            action: r.action,
            bizStep: r.biz_step,
            disposition: r.disposition,
            eventTime: r.event_time,
            tzOffset: r.tz_offset,
            party: r.party,
            sourceParty: r.source_party,
            destParty: r.dest_party,
            bizLocation: r.biz_location,
            address: r.address,
            regionCode: r.region_code,
            lots: [],
          });
        }
        const lots = await db.selectFrom('trace_event_lots').selectAll().where('event_pk', 'in', part).execute();
        for (const l of lots) {
          out.get(l.event_pk)?.lots.push({
            lotId: l.lot_id,
            role: l.role,
            quantity: l.quantity === null ? null : Number(l.quantity),
            uom: l.uom,
          });
        }
      }
      return [...out.values()].sort((a, b) =>
        a.eventTime < b.eventTime ? -1 : a.eventTime > b.eventTime ? 1 : a.pk - b.pk,
      );
    },

    /** Primary keys of the events that touched a lot, newest first. */
    async eventPksOfLot(lotId: string, limit: number): Promise<number[]> {
      const rows = await db
        .selectFrom('trace_event_lots')
        .select('event_pk')
        .where('lot_id', '=', lotId)
        .orderBy('event_pk', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => r.event_pk);
    },

    async countEvents(): Promise<number> {
      const r = await db
        .selectFrom('trace_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}

export type TraceRepository = ReturnType<typeof traceRepository>;
