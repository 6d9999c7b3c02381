// Traceability rules over a document's events together with what the store already holds. A
// document is all or nothing: every problem in it is reported at once, and nothing is stored
// while any remain. The store's part comes in as a snapshot (StoreState) so these stay pure.
import { type EventProblem, lotsOf, partiesOf, type TraceEvent } from './event-model.ts';

/** Clock skew tolerated between a capturing device and the server. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export interface DestroyRecord {
  lotId: string;
  /** The party whose stock was destroyed; null when the whole lot was. */
  party: string | null;
  time: string;
}

/** What the store already holds about the lots a document touches. */
export interface StoreState {
  destroyed: DestroyRecord[];
  /** Quantities already shipped and received, by movementKey. */
  shipped: ReadonlyMap<string, number>;
  received: ReadonlyMap<string, number>;
}

export const EMPTY_STATE: StoreState = { destroyed: [], shipped: new Map(), received: new Map() };

/** lot | from party | to party | unit: receipts are matched to shipments on all four. */
export function movementKey(lotId: string, from: string, to: string, uom: string | null): string {
  return `${lotId}|${from}|${to}|${uom ?? ''}`;
}

const fmt = (n: number) => String(Math.round(n * 1000) / 1000);

function destroysOf(e: TraceEvent): DestroyRecord[] {
  if (e.bizStep !== 'destroying') return [];
  const party = e.source.possessing ?? e.source.owning ?? e.destination.possessing ?? e.destination.owning;
  return lotsOf(e).map((lotId) => ({ lotId, party, time: e.eventTime }));
}

export function checkEvents(events: readonly TraceEvent[], state: StoreState, now: Date): EventProblem[] {
  const problems: EventProblem[] = [];
  const limit = now.getTime() + FUTURE_TOLERANCE_MS;

  // Destructions known before any event of this document, plus those the document adds.
  const destroyed = [...state.destroyed, ...events.flatMap(destroysOf)];
  const shipped = new Map(state.shipped);
  for (const e of events) {
    if (e.bizStep !== 'shipping') continue;
    const from = e.source.possessing ?? e.source.owning;
    const to = e.destination.possessing ?? e.destination.owning;
    if (!from || !to) continue;
    for (const l of e.lots) {
      const k = movementKey(l.lotId, from, to, l.uom);
      shipped.set(k, (shipped.get(k) ?? 0) + (l.quantity ?? 0));
    }
  }
  const received = new Map(state.received);

  events.forEach((e, index) => {
    const add = (code: EventProblem['code'], message: string, field?: string) =>
      problems.push({ index, code, message, ...(field ? { field } : {}) });

    if (Date.parse(e.eventTime) > limit) {
      add('TRACE_TIME_INVALID', `事件时间 ${e.eventTime} 晚于当前时间,不能登记未来发生的事件`, 'eventTime');
    }

    if (e.type === 'TransformationEvent') {
      if (e.inputs.length === 0)
        add('TRACE_TRANSFORMATION_INCOMPLETE', '加工转换事件没有输入批次', 'inputQuantityList');
      if (e.outputs.length === 0)
        add('TRACE_TRANSFORMATION_INCOMPLETE', '加工转换事件没有输出批次', 'outputQuantityList');
    } else if (e.lots.length === 0 && !e.parent) {
      add('TRACE_EVENT_INVALID', '事件没有涉及任何批次或追溯码(epcList / quantityList)');
    }

    const from = e.source.possessing ?? e.source.owning;
    const to = e.destination.possessing ?? e.destination.owning;
    if ((e.bizStep === 'shipping' || e.bizStep === 'receiving') && (!from || !to)) {
      add(
        'TRACE_EVENT_INVALID',
        `${e.bizStep === 'shipping' ? '发货' : '收货'}事件须在 sourceList 和 destinationList 中注明发货方和收货方的统一社会信用代码`,
        from ? 'destinationList' : 'sourceList',
      );
    }

    const involved = partiesOf(e);
    for (const lotId of lotsOf(e)) {
      const d = destroyed.find(
        (x) => x.lotId === lotId && x.time < e.eventTime && (x.party === null || involved.has(x.party)),
      );
      if (d) {
        add(
          'TRACE_LOT_DESTROYED',
          `批次 ${lotId} 已于 ${d.time}${d.party ? `在 ${d.party} 处` : ''}销毁,此后不能再有该批次的事件`,
        );
      }
    }

    if (e.bizStep === 'receiving' && from && to) {
      for (const l of e.lots) {
        const k = movementKey(l.lotId, from, to, l.uom);
        const total = (received.get(k) ?? 0) + (l.quantity ?? 0);
        received.set(k, total);
        const out = shipped.get(k) ?? 0;
        if (total > out + 1e-9) {
          add(
            'TRACE_OVER_RECEIPT',
            out === 0
              ? `收货 ${fmt(total)}${l.uom ?? ''} 批次 ${l.lotId},但没有 ${from} 发往 ${to} 的发货记录(单位须一致)`
              : `批次 ${l.lotId} 从 ${from} 到 ${to} 累计收货 ${fmt(total)}${l.uom ?? ''},超过发货数量 ${fmt(out)}${l.uom ?? ''}`,
          );
        }
      }
    }
  });
  return problems;
}
