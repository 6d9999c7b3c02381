// Traceability: capture EPCIS documents (API or spreadsheet), and trace a lot backward and
// forward. A document is checked as a whole against the rules and the store, inside the
// transaction that writes it, so a rejected document leaves nothing behind.
import { createHash } from 'node:crypto';
import { AppError, type ErrorDetail } from '../../core/errors/app-error.ts';
import type { EpcisDocument, EpcisEvent } from '../../core/trace/epcis-document.ts';
import {
  DERIVATION_KINDS,
  type EdgeDraft,
  type EventProblem,
  edgesOf,
  eventParty,
  normalizeEpcisEvent,
  type TraceEvent,
} from '../../core/trace/event-model.ts';
import { checkEvents, type DestroyRecord, movementKey, type StoreState } from '../../core/trace/event-rules.ts';
import { formatWithOffset } from '../../core/trace/event-time.ts';
import { batchLotId, normalizeBatch, normalizeCode, regionOfCreditCode } from '../../core/trace/identifiers.ts';
import { eventToRow, rowToEvent } from '../../core/trace/sheet-rows.ts';
import {
  type Direction,
  findCycle,
  type Outlet,
  outletsOf,
  type StoredEdge,
  walk,
} from '../../core/trace/trace-graph.ts';
import { nowIso } from '../shared/clock.ts';
import { auditActor, type Ctx } from '../shared/context.ts';
import type { Repos, Store } from '../store.ts';
import type { EventRow, LotRow, PartyRow } from './trace-repository.ts';
import { readTraceSheet, writeTraceWorkbook } from './trace-xlsx.ts';

export interface TraceOptions {
  /** The service's notion of now, for the future-time rule; tests fix it. */
  clock?: () => Date;
}

export interface CaptureOptions {
  source?: 'api' | 'xlsx' | 'cli';
  fileName?: string | null;
  /** Spreadsheet row of each event, so problems name rows rather than positions. */
  rowNumbers?: readonly number[];
  productNames?: ReadonlyMap<string, string>;
  parties?: readonly { creditCode: string; name: string | null }[];
}

export interface CaptureResult {
  captureId: number | null;
  captured: number;
  /** Events whose eventID was already stored: skipped, so a re-import is harmless. */
  duplicates: number;
}

export type GraphDirection = Direction | 'both';

export interface GraphNode {
  id: string;
  type: 'lot' | 'party';
  label: string;
  lotId?: string;
  lotKind?: string;
  code?: string;
  productName?: string | null;
  producerCreditCode?: string | null;
  /** Observed steps of a lot: sampling, holding, recalling, destroying. */
  status?: string[];
  root?: boolean;
  creditCode?: string;
  name?: string | null;
  regionCode?: string | null;
  address?: string | null;
}

export interface GraphEdge extends StoredEdge {
  direction: Direction;
}

export interface TraceGraph {
  root: string;
  direction: GraphDirection;
  nodes: GraphNode[];
  edges: GraphEdge[];
  cycles: string[][];
  truncated: boolean;
}

export interface OutletView extends Outlet {
  name: string | null;
  regionCode: string | null;
  address: string | null;
}

const OBSERVED_STEPS = ['sampling', 'holding', 'recalling', 'destroying'];

/** EPCIS 2.0 suggests a hash of the event as its id when the capturing system gives none. */
export function hashEventId(e: TraceEvent): string {
  const { identities: _identities, ...content } = e;
  const hex = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  return `ni:///sha-256;${hex}?ver=CBV2.0`;
}

function problemsError(problems: readonly EventProblem[], rowNumbers?: readonly number[]): AppError {
  const first = problems[0] as EventProblem;
  const where = (p: EventProblem) =>
    rowNumbers ? `第 ${rowNumbers[p.index] ?? p.index + 1} 行` : `第 ${p.index + 1} 个事件`;
  const details: ErrorDetail[] = problems.slice(0, 200).map((p) => ({
    row: rowNumbers ? (rowNumbers[p.index] ?? p.index + 1) : p.index + 1,
    ...(p.field ? { column: p.field } : {}),
    message: p.message,
  }));
  const more = problems.length > 1 ? `(共 ${problems.length} 处问题)` : '';
  return new AppError(first.code, `${where(first)}:${first.message}${more};未登记任何事件`, details);
}

function sourceOf(e: TraceEvent) {
  return e.source.possessing ?? e.source.owning;
}
function destOf(e: TraceEvent) {
  return e.destination.possessing ?? e.destination.owning;
}

async function storeState(r: Repos, lots: readonly string[]): Promise<StoreState> {
  const [obs, totals] = await Promise.all([r.trace.observations(lots, ['destroying']), r.trace.movementTotals(lots)]);
  const destroyed: DestroyRecord[] = obs.map((o) => ({
    lotId: o.lotId,
    party: o.sourceParty ?? o.destParty,
    time: o.time,
  }));
  const shipped = new Map<string, number>();
  const received = new Map<string, number>();
  for (const t of totals) {
    const m = t.kind === 'ship' ? shipped : received;
    const k = movementKey(t.lotId, t.from, t.to, t.uom);
    m.set(k, (m.get(k) ?? 0) + t.total);
  }
  return { destroyed, shipped, received };
}

/** A derivation cycle the new edges would close, looking only downstream of them. */
async function cycleWith(r: Repos, fresh: readonly EdgeDraft[]): Promise<string[] | null> {
  const derivations = fresh.filter((e) => DERIVATION_KINDS.includes(e.kind));
  if (derivations.length === 0) return null;
  const all: { fromLot: string; toLot: string }[] = [...derivations];
  const seen = new Set<string>();
  let frontier = [...new Set(derivations.map((e) => e.toLot))];
  // Bounded by the visited set: each lot is expanded once however the stored edges loop.
  while (frontier.length > 0) {
    for (const l of frontier) seen.add(l);
    const edges = await r.trace.edges(frontier, 'forward', DERIVATION_KINDS);
    all.push(...edges);
    frontier = [...new Set(edges.map((e) => e.toLot))].filter((l) => !seen.has(l));
  }
  return findCycle(all);
}

function lotRoles(e: TraceEvent) {
  const role = e.type === 'AggregationEvent' ? 'child' : 'object';
  return [
    ...e.lots.map((l) => ({ ...l, role: e.type === 'TransactionEvent' && l.lotId === e.parent ? 'parent' : role })),
    ...(e.type === 'AggregationEvent' && e.parent
      ? [{ lotId: e.parent, quantity: null, uom: null, role: 'parent' }]
      : []),
    ...e.inputs.map((l) => ({ ...l, role: 'input' })),
    ...e.outputs.map((l) => ({ ...l, role: 'output' })),
  ];
}

export function traceService(store: Store, opts: TraceOptions = {}) {
  const clock = opts.clock ?? (() => new Date());

  async function capture(doc: EpcisDocument, ctx: Ctx, o: CaptureOptions = {}): Promise<CaptureResult> {
    const normalized = doc.epcisBody.eventList.map((raw, i) => normalizeEpcisEvent(raw, i));
    const shapeProblems = normalized.flatMap((n) => n.problems);
    if (shapeProblems.length > 0) throw problemsError(shapeProblems, o.rowNumbers);
    const events = normalized.map((n) => n.event as TraceEvent);
    const ids = events.map((e) => e.eventId ?? hashEventId(e));
    const dupInDoc: EventProblem[] = [];
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) {
        dupInDoc.push({
          index: i,
          code: 'TRACE_EVENT_INVALID',
          field: 'eventID',
          message: `事件ID「${id}」在文档中重复`,
        });
      }
    });
    if (dupInDoc.length > 0) throw problemsError(dupInDoc, o.rowNumbers);

    const now = clock();
    const body = doc.epcisBody.eventList;
    return store.transaction(async (r) => {
      const existing = await r.trace.existingEventIds(ids);
      const freshIdx = events.map((_, i) => i).filter((i) => !existing.has(ids[i] as string));
      const fresh = freshIdx.map((i) => events[i] as TraceEvent);
      const lots = [...new Set(fresh.flatMap((e) => [...e.lots, ...e.inputs, ...e.outputs].map((l) => l.lotId)))];
      const problems = checkEvents(fresh, await storeState(r, lots), now).map((p) => ({
        ...p,
        index: freshIdx[p.index] ?? p.index,
      }));
      const drafts = fresh.map(edgesOf);
      const cycle = await cycleWith(r, drafts.flat());
      if (cycle) {
        const at = fresh.findIndex((_, k) =>
          (drafts[k] ?? []).some((d) => cycle.includes(d.fromLot) && cycle.includes(d.toLot)),
        );
        problems.push({
          index: freshIdx[Math.max(0, at)] ?? 0,
          code: 'TRACE_CYCLE',
          message: `追溯关系形成环路:${cycle.join(' → ')}(批次不能由自身加工或装入而来)`,
        });
      }
      if (problems.length > 0) throw problemsError(problems, o.rowNumbers);
      if (fresh.length === 0) return { captureId: null, captured: 0, duplicates: existing.size };

      const at = nowIso(now);
      const actor = auditActor(ctx);
      const captureId = await r.trace.insertCapture({
        source: o.source ?? 'api',
        fileName: o.fileName ?? null,
        eventCount: fresh.length,
        actorId: actor.actorId,
        actorName: actor.actorName,
        at,
      });
      await r.trace.upsertLots(
        fresh.flatMap((e) => e.identities.map((l) => ({ ...l, productName: o.productNames?.get(l.id) ?? null }))),
        at,
      );
      const parties = new Map<string, PartyRow>();
      const addParty = (code: string | null, p: Partial<PartyRow> = {}) => {
        if (!code) return;
        const prev = parties.get(code);
        parties.set(code, {
          creditCode: code,
          name: p.name ?? prev?.name ?? null,
          regionCode: p.regionCode ?? prev?.regionCode ?? null,
          address: p.address ?? prev?.address ?? null,
        });
      };
      for (const e of fresh) {
        for (const code of [e.source.owning, e.source.possessing, e.destination.owning, e.destination.possessing])
          addParty(code);
        const loc = e.bizLocation ?? e.readPoint;
        addParty(eventParty(e), { regionCode: loc?.regionCode ?? null, address: loc?.address ?? null });
        for (const l of e.identities) addParty(l.producerCreditCode);
      }
      for (const p of o.parties ?? []) addParty(p.creditCode, { name: p.name });
      await r.trace.upsertParties([...parties.values()]);

      for (const [k, e] of fresh.entries()) {
        const loc = e.bizLocation ?? e.readPoint;
        await r.trace.insertEvent({
          eventId: ids[freshIdx[k] as number] as string,
          captureId,
          type: e.type,
          action: e.action,
          bizStep: e.bizStep,
          disposition: e.disposition,
          eventTime: e.eventTime,
          tzOffset: e.eventTimeZoneOffset,
          recordTime: at,
          party: eventParty(e),
          sourceParty: sourceOf(e),
          destParty: destOf(e),
          readPoint: e.readPoint?.id ?? null,
          bizLocation: e.bizLocation?.id ?? null,
          address: loc?.address ?? null,
          regionCode: loc?.regionCode ?? null,
          bodyJson: JSON.stringify(body[freshIdx[k] as number]),
          lots: lotRoles(e),
          edges: drafts[k] ?? [],
        });
      }
      await r.audit.record({
        ...actor,
        action: 'trace.captured',
        entity: 'trace_capture',
        entityId: captureId,
        after: {
          source: o.source ?? 'api',
          fileName: o.fileName ?? null,
          events: fresh.length,
          duplicates: existing.size,
        },
      });
      return { captureId, captured: fresh.length, duplicates: existing.size };
    });
  }

  async function resolveLot(idOrCode: string): Promise<string> {
    const q = normalizeCode(idOrCode);
    if (await store.trace.lotExists(q)) return q;
    const hits = await store.trace.searchLots(q, 2);
    const exact = hits.filter((h) => h.code === q || h.code === normalizeBatch(q));
    if (exact.length === 1) return (exact[0] as LotRow).lotId;
    throw new AppError(
      'TRACE_LOT_NOT_FOUND',
      exact.length > 1 ? `「${idOrCode}」对应多个批次,请从搜索结果中选择` : `未找到批次或追溯码「${idOrCode}」`,
    );
  }

  async function walkBoth(root: string, direction: GraphDirection, maxEdges: number) {
    const load = (lots: string[], d: Direction) => store.trace.edges(lots, d);
    const none = { edges: [] as StoredEdge[], truncated: false };
    const [back, fwd] = await Promise.all([
      direction === 'forward' ? none : walk(root, 'backward', load, maxEdges),
      direction === 'backward' ? none : walk(root, 'forward', load, maxEdges),
    ]);
    const edges = new Map<number, GraphEdge>();
    for (const e of back.edges) edges.set(e.id, { ...e, direction: 'backward' });
    for (const e of fwd.edges) if (!edges.has(e.id)) edges.set(e.id, { ...e, direction: 'forward' });
    return { edges: [...edges.values()], truncated: back.truncated || fwd.truncated };
  }

  async function partyViews(codes: readonly string[]): Promise<Map<string, PartyRow>> {
    return new Map((await store.trace.parties(codes)).map((p) => [p.creditCode, p]));
  }

  /** Events of a lot's whole trace (both directions), for export. */
  async function graphEvents(
    idOrCode: string,
  ): Promise<{ events: EventRow[]; lots: LotRow[]; parties: Map<string, PartyRow> }> {
    const root = await resolveLot(idOrCode);
    const { edges } = await walkBoth(root, 'both', 20_000);
    const pks = new Set(edges.map((e) => e.eventPk));
    for (const pk of await store.trace.eventPksOfLot(root, 1000)) pks.add(pk);
    const events = await store.trace.eventsByPk([...pks]);
    const lotIds = new Set(events.flatMap((e) => e.lots.map((l) => l.lotId)));
    const codes = new Set(events.flatMap((e) => [e.sourceParty, e.destParty].filter((x): x is string => x !== null)));
    return { events, lots: await store.trace.lots([...lotIds]), parties: await partyViews([...codes]) };
  }

  return {
    capture,
    resolveLot,

    /** The lot's graph: nodes (lots and parties) and edges with times and quantities. */
    async graph(idOrCode: string, direction: GraphDirection = 'both', maxEdges = 5000): Promise<TraceGraph> {
      const root = await resolveLot(idOrCode);
      const { edges, truncated } = await walkBoth(root, direction, maxEdges);
      const lotIds = new Set<string>([root]);
      const partyCodes = new Set<string>();
      for (const e of edges) {
        lotIds.add(e.fromLot);
        lotIds.add(e.toLot);
        if (e.fromParty) partyCodes.add(e.fromParty);
        if (e.toParty) partyCodes.add(e.toParty);
      }
      const [lots, parties, obs] = await Promise.all([
        store.trace.lots([...lotIds]),
        partyViews([...partyCodes]),
        store.trace.observations([...lotIds], OBSERVED_STEPS),
      ]);
      const lotById = new Map(lots.map((l) => [l.lotId, l]));
      const status = new Map<string, Set<string>>();
      for (const o of obs) {
        const s = status.get(o.lotId) ?? new Set<string>();
        s.add(o.bizStep);
        status.set(o.lotId, s);
      }
      const nodes: GraphNode[] = [...lotIds].map((id) => {
        const l = lotById.get(id);
        return {
          id: `lot:${id}`,
          type: 'lot',
          label: l ? `${l.productName ? `${l.productName} ` : ''}${l.code}` : id,
          lotId: id,
          lotKind: l?.kind ?? 'gs1',
          code: l?.code ?? id,
          productName: l?.productName ?? null,
          producerCreditCode: l?.producerCreditCode ?? null,
          status: [...(status.get(id) ?? [])].sort(),
          root: id === root,
        };
      });
      for (const code of partyCodes) {
        const p = parties.get(code);
        nodes.push({
          id: `party:${code}`,
          type: 'party',
          label: p?.name ?? code,
          creditCode: code,
          name: p?.name ?? null,
          regionCode: p?.regionCode ?? regionOfCreditCode(code),
          address: p?.address ?? null,
        });
      }
      const cycle = findCycle(edges.filter((e) => DERIVATION_KINDS.includes(e.kind)));
      return { root, direction, nodes, edges, cycles: cycle ? [cycle] : [], truncated };
    },

    /** Every party that received the lot or lots made from it, with quantities. */
    async outlets(lotId: string): Promise<OutletView[]> {
      const { edges } = await walk(lotId, 'forward', (lots, d) => store.trace.edges(lots, d), 20_000);
      const outlets = outletsOf(edges);
      const parties = await partyViews([...new Set(outlets.map((o) => o.party))]);
      return outlets.map((o) => {
        const p = parties.get(o.party);
        return {
          ...o,
          name: p?.name ?? null,
          regionCode: p?.regionCode ?? regionOfCreditCode(o.party),
          address: p?.address ?? null,
        };
      });
    },

    async search(q: string): Promise<(LotRow & { producerName: string | null })[]> {
      const hits = await store.trace.searchLots(normalizeCode(q), 20);
      const parties = await partyViews([
        ...new Set(hits.flatMap((h) => (h.producerCreditCode ? [h.producerCreditCode] : []))),
      ]);
      return hits.map((h) => ({
        ...h,
        producerName: h.producerCreditCode ? (parties.get(h.producerCreditCode)?.name ?? null) : null,
      }));
    },

    async lotEvents(idOrCode: string): Promise<EventRow[]> {
      const lotId = await resolveLot(idOrCode);
      return store.trace.eventsByPk(await store.trace.eventPksOfLot(lotId, 1000));
    },

    graphEvents,

    /** Imports a spreadsheet (one row per event): all rows valid and all rules met, or nothing. */
    async importWorkbook(bytes: Buffer, fileName: string, ctx: Ctx): Promise<CaptureResult & { rows: number }> {
      const rows = await readTraceSheet(bytes, fileName);
      const regions = await store.org.listRegions();
      const details: ErrorDetail[] = [];
      const eventList: EpcisEvent[] = [];
      const productNames = new Map<string, string>();
      const parties: { creditCode: string; name: string | null }[] = [];
      for (const { number, row } of rows) {
        const m = rowToEvent(row, regions);
        if ('problems' in m) {
          for (const p of m.problems)
            details.push({ file: fileName, row: number, column: p.column, message: p.message });
          continue;
        }
        eventList.push(m.event);
        for (const [k, v] of m.productNames) productNames.set(k, v);
        parties.push(...m.parties);
      }
      if (details.length > 0) {
        const first = details[0] as ErrorDetail;
        throw new AppError(
          'IMPORT_ROWS_INVALID',
          `文件「${fileName}」有 ${details.length} 处错误,未导入任何事件。第 ${first.row} 行「${first.column}」:${first.message}`,
          details.slice(0, 500),
        );
      }
      const doc: EpcisDocument = {
        type: 'EPCISDocument',
        schemaVersion: '2.0',
        creationDate: nowIso(clock()),
        epcisBody: { eventList },
      };
      const r = await capture(doc, ctx, {
        source: 'xlsx',
        fileName,
        rowNumbers: rows.map((x) => x.number),
        productNames,
        parties,
      });
      return { ...r, rows: rows.length };
    },

    template: () => writeTraceWorkbook([]),

    /** The events of a lot's trace as a spreadsheet that imports back as the same events. */
    async exportWorkbook(idOrCode: string): Promise<Buffer> {
      const { events, lots, parties } = await graphEvents(idOrCode);
      const product = new Map(lots.map((l) => [l.lotId, l.productName]));
      return writeTraceWorkbook(
        events.map((e) =>
          eventToRow(
            { ...e, localTime: formatWithOffset(e.eventTime, e.tzOffset) },
            { product: (id) => product.get(id) ?? null, party: (c) => parties.get(c)?.name ?? null },
          ),
        ),
      );
    },

    /** The lot a food sample's producer and batch designate, when the trace store has it. */
    async lotForSample(s: { producerCreditCode: string | null; producerName: string | null; batch: string | null }) {
      if (!s.batch) return null;
      const batch = normalizeBatch(s.batch);
      if (s.producerCreditCode) {
        const id = batchLotId(normalizeCode(s.producerCreditCode).toUpperCase(), batch);
        if (await store.trace.lotExists(id)) return id;
      }
      return store.trace.findBatchLot(batch, s.producerCreditCode, s.producerName);
    },
  };
}

export type TraceService = ReturnType<typeof traceService>;
