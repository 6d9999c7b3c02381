// The normalised trace event: what the rules check and the repositories store. An EPCIS event
// (any of the four types) becomes one TraceEvent; its movements become graph edges (edgesOf).

import type { EpcisEvent, QuantityElement } from './epcis-document.ts';
import { parseEventTime } from './event-time.ts';
import { type LotIdentity, parseLotId, parseParty } from './identifiers.ts';

export const EVENT_TYPES = ['ObjectEvent', 'AggregationEvent', 'TransactionEvent', 'TransformationEvent'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** CBV business steps the rules know; other CBV steps are stored as given. */
export const BIZ_STEP_LABELS: Record<string, string> = {
  commissioning: '生产赋码',
  shipping: '发货',
  receiving: '收货',
  transforming: '加工转换',
  sampling: '抽样',
  holding: '扣押封存',
  recalling: '召回',
  destroying: '销毁',
  retail_selling: '零售',
  inspecting: '检查',
  storing: '仓储',
  packing: '包装',
  unpacking: '拆包',
};

export interface LotQuantity {
  lotId: string;
  quantity: number | null;
  uom: string | null;
}

export interface Place {
  id: string;
  address: string | null;
  regionCode: string | null;
}

export interface Parties {
  owning: string | null;
  possessing: string | null;
}

export interface TraceEvent {
  eventId: string | null;
  type: EventType;
  action: 'ADD' | 'OBSERVE' | 'DELETE' | null;
  bizStep: string | null;
  disposition: string | null;
  /** UTC, ISO 8601 with milliseconds, so text order is time order on both engines. */
  eventTime: string;
  eventTimeZoneOffset: string;
  /** Objects of an Object/Transaction event, children of an Aggregation event. */
  lots: LotQuantity[];
  parent: string | null;
  inputs: LotQuantity[];
  outputs: LotQuantity[];
  source: Parties;
  destination: Parties;
  readPoint: Place | null;
  bizLocation: Place | null;
  identities: LotIdentity[];
}

export interface EventProblem {
  /** 0-based position in the document (or the row list of a spreadsheet). */
  index: number;
  code:
    | 'TRACE_EVENT_INVALID'
    | 'TRACE_CODE_INVALID'
    | 'TRACE_TIME_INVALID'
    | 'TRACE_LOT_DESTROYED'
    | 'TRACE_TRANSFORMATION_INCOMPLETE'
    | 'TRACE_OVER_RECEIPT'
    | 'TRACE_CYCLE';
  field?: string;
  message: string;
}

/** The short CBV name: "urn:epcglobal:cbv:bizstep:shipping" and CBV 2.0 web URIs both give "shipping". */
export function cbvShort(value: string | undefined | null, vocabulary: 'bizstep' | 'disp' | 'sdt'): string | null {
  if (!value) return null;
  const web = { bizstep: 'BizStep-', disp: 'Disp-', sdt: 'SDT-' }[vocabulary];
  const v = value.trim();
  const urn = `urn:epcglobal:cbv:${vocabulary}:`;
  if (v.startsWith(urn)) return v.slice(urn.length);
  const m = v.match(/^https?:\/\/ref\.gs1\.org\/cbv\/(.+)$/);
  if (m?.[1]?.startsWith(web)) return m[1].slice(web.length);
  return v;
}

/** The party where the event happens: the receiver for movements in, else whoever is named. */
export function eventParty(e: Pick<TraceEvent, 'bizStep' | 'source' | 'destination'>): string | null {
  const src = e.source.possessing ?? e.source.owning;
  const dst = e.destination.possessing ?? e.destination.owning;
  if (e.bizStep === 'shipping') return src;
  return dst ?? src;
}

/** Every party an event involves (for the destroyed-lot rule). */
export function partiesOf(e: TraceEvent): Set<string> {
  const s = new Set<string>();
  for (const p of [e.source.owning, e.source.possessing, e.destination.owning, e.destination.possessing]) {
    if (p) s.add(p);
  }
  return s;
}

/** Every lot an event touches, whatever its role. */
export function lotsOf(e: TraceEvent): string[] {
  const ids = [...e.lots, ...e.inputs, ...e.outputs].map((l) => l.lotId);
  if (e.parent) ids.push(e.parent);
  return [...new Set(ids)];
}

function place(p: { id: string; [k: string]: unknown } | undefined): Place | null {
  if (!p) return null;
  const str = (k: string) => {
    const v = p[`zl:${k}`] ?? p[k];
    return typeof v === 'string' && v.trim() ? v.trim() : null;
  };
  return { id: p.id, address: str('address'), regionCode: str('regionCode') };
}

/**
 * Turns a shape-checked EPCIS event into a TraceEvent, or lists what is wrong with it: unknown
 * identifiers, parties without a valid credit code, a time without an offset.
 */
export function normalizeEpcisEvent(
  raw: EpcisEvent,
  index: number,
): { event: TraceEvent | null; problems: EventProblem[] } {
  const problems: EventProblem[] = [];
  const identities = new Map<string, LotIdentity>();
  const problem = (code: EventProblem['code'], field: string, message: string) =>
    problems.push({ index, code, field, message });

  const lotId = (id: string, field: string): string | null => {
    const r = parseLotId(id);
    if (!r.ok) {
      problem('TRACE_CODE_INVALID', field, r.reason);
      return null;
    }
    identities.set(r.value.id, r.value);
    return r.value.id;
  };
  const fromEpcs = (list: string[] | undefined, field: string): LotQuantity[] =>
    (list ?? []).flatMap((id, i) => {
      const l = lotId(id, `${field}.${i}`);
      return l ? [{ lotId: l, quantity: 1, uom: null }] : [];
    });
  const fromQuantities = (list: QuantityElement[] | undefined, field: string): LotQuantity[] =>
    (list ?? []).flatMap((q, i) => {
      const l = lotId(q.epcClass, `${field}.${i}.epcClass`);
      return l ? [{ lotId: l, quantity: q.quantity ?? null, uom: q.uom ?? null }] : [];
    });
  const parties = (list: { type: string; source?: string; destination?: string }[] | undefined, field: string) => {
    const out: Parties = { owning: null, possessing: null };
    (list ?? []).forEach((x, i) => {
      const type = cbvShort(x.type, 'sdt');
      if (type !== 'owning_party' && type !== 'possessing_party') return;
      const r = parseParty(x.source ?? x.destination ?? '');
      if (!r.ok) problem('TRACE_EVENT_INVALID', `${field}.${i}`, r.reason);
      else if (type === 'owning_party') out.owning = r.value;
      else out.possessing = r.value;
    });
    return out;
  };

  const time = parseEventTime(raw.eventTime, raw.eventTimeZoneOffset);
  if (!time.ok) problem('TRACE_TIME_INVALID', 'eventTime', time.reason);

  let lots: LotQuantity[] = [];
  let inputs: LotQuantity[] = [];
  let outputs: LotQuantity[] = [];
  let parent: string | null = null;
  let action: TraceEvent['action'] = null;
  switch (raw.type) {
    case 'ObjectEvent':
      action = raw.action;
      lots = [...fromEpcs(raw.epcList, 'epcList'), ...fromQuantities(raw.quantityList, 'quantityList')];
      break;
    case 'TransactionEvent':
      action = raw.action;
      parent = raw.parentID ? lotId(raw.parentID, 'parentID') : null;
      lots = [...fromEpcs(raw.epcList, 'epcList'), ...fromQuantities(raw.quantityList, 'quantityList')];
      if (parent) lots.unshift({ lotId: parent, quantity: 1, uom: null });
      break;
    case 'AggregationEvent':
      action = raw.action;
      parent = raw.parentID ? lotId(raw.parentID, 'parentID') : null;
      lots = [...fromEpcs(raw.childEPCs, 'childEPCs'), ...fromQuantities(raw.childQuantityList, 'childQuantityList')];
      if (!parent && action !== 'OBSERVE')
        problem('TRACE_EVENT_INVALID', 'parentID', '聚合事件须注明 parentID(托盘、箱等容器标识)');
      break;
    case 'TransformationEvent':
      inputs = [
        ...fromEpcs(raw.inputEPCList, 'inputEPCList'),
        ...fromQuantities(raw.inputQuantityList, 'inputQuantityList'),
      ];
      outputs = [
        ...fromEpcs(raw.outputEPCList, 'outputEPCList'),
        ...fromQuantities(raw.outputQuantityList, 'outputQuantityList'),
      ];
      break;
  }

  const event: TraceEvent = {
    eventId: raw.eventID ?? null,
    type: raw.type,
    action,
    bizStep: cbvShort(raw.bizStep, 'bizstep'),
    disposition: cbvShort(raw.disposition, 'disp'),
    eventTime: time.ok ? time.value.utc : '',
    eventTimeZoneOffset: time.ok ? time.value.offset : '',
    lots,
    parent,
    inputs,
    outputs,
    source: parties(raw.sourceList, 'sourceList'),
    destination: parties(raw.destinationList, 'destinationList'),
    readPoint: place(raw.readPoint),
    bizLocation: place(raw.bizLocation),
    identities: [...identities.values()],
  };
  return { event: problems.length === 0 ? event : null, problems };
}

export type EdgeKind = 'commission' | 'ship' | 'receive' | 'transform' | 'aggregate' | 'disaggregate';

export const EDGE_KIND_LABELS: Record<EdgeKind, string> = {
  commission: '生产',
  ship: '发货',
  receive: '收货',
  transform: '加工',
  aggregate: '装入',
  disaggregate: '拆出',
};

/** A movement: a lot at one party to a lot at another (same lot for shipping, another for processing). */
export interface EdgeDraft {
  kind: EdgeKind;
  fromLot: string;
  fromParty: string | null;
  toLot: string;
  toParty: string | null;
  time: string;
  quantity: number | null;
  uom: string | null;
}

/** Edges that derive one lot from another; a cycle among them is a lot made from itself. */
export const DERIVATION_KINDS: readonly EdgeKind[] = ['transform', 'aggregate'];

export function edgesOf(e: TraceEvent): EdgeDraft[] {
  const party = eventParty(e);
  const src = e.source.possessing ?? e.source.owning;
  const dst = e.destination.possessing ?? e.destination.owning;
  const edge = (kind: EdgeKind, from: LotQuantity, to: string, fromParty: string | null, toParty: string | null) => ({
    kind,
    fromLot: from.lotId,
    fromParty,
    toLot: to,
    toParty,
    time: e.eventTime,
    quantity: from.quantity,
    uom: from.uom,
  });
  if (e.type === 'TransformationEvent') {
    return e.inputs.flatMap((i) => e.outputs.map((o) => edge('transform', i, o.lotId, party, party)));
  }
  if (e.type === 'AggregationEvent') {
    if (!e.parent || e.action === 'OBSERVE') return [];
    const parent = e.parent;
    return e.lots.map((c) =>
      e.action === 'ADD'
        ? edge('aggregate', c, parent, party, party)
        : { ...edge('disaggregate', c, c.lotId, party, party), fromLot: parent, toLot: c.lotId },
    );
  }
  switch (e.bizStep) {
    case 'commissioning':
      return party ? e.lots.map((l) => edge('commission', l, l.lotId, null, party)) : [];
    case 'shipping':
      return e.lots.map((l) => edge('ship', l, l.lotId, src, dst));
    case 'receiving':
      return e.lots.map((l) => edge('receive', l, l.lotId, src, dst));
    default:
      return [];
  }
}
