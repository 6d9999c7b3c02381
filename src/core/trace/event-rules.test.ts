import { describe, expect, it } from 'vitest';
import type { EpcisEvent } from './epcis-document.ts';
import { edgesOf, normalizeEpcisEvent, type TraceEvent } from './event-model.ts';
import { checkEvents, EMPTY_STATE, movementKey } from './event-rules.ts';
import { at, commission, LOT, move, NOW, networkEvents, observe, P, transform } from './test-network.ts';

function norm(events: EpcisEvent[]): TraceEvent[] {
  return events.map((e, i) => {
    const n = normalizeEpcisEvent(e, i);
    expect(n.problems).toEqual([]);
    return n.event as TraceEvent;
  });
}

const codes = (events: EpcisEvent[], state = EMPTY_STATE) => checkEvents(norm(events), state, NOW).map((p) => p.code);

describe('EPCIS event rules', () => {
  it('accepts the whole test network', () => {
    expect(checkEvents(norm(networkEvents()), EMPTY_STATE, NOW)).toEqual([]);
  });

  it('refuses any event for a lot after it was destroyed everywhere', () => {
    const events = [
      commission(LOT.milk, 10, 'KGM', P.farm, at(1, 6)),
      observe('destroying', LOT.milk, null, at(2, 6)),
      move('shipping', { lot: LOT.milk, qty: 1, uom: 'KGM', from: P.farm, to: P.dairy, time: at(3, 6) }),
    ];
    const problems = checkEvents(norm(events), EMPTY_STATE, NOW);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ index: 2, code: 'TRACE_LOT_DESTROYED' });
    expect(problems[0]?.message).toContain('销毁');
  });

  it('scopes a destruction at one party to that party', () => {
    const stored = {
      ...EMPTY_STATE,
      destroyed: [{ lotId: LOT.yoghurt, party: P.shop1, time: new Date(at(5, 8)).toISOString() }],
    };
    const fromShop = move('shipping', {
      lot: LOT.yoghurt,
      qty: 1,
      uom: '箱',
      from: P.shop1,
      to: P.shop2,
      time: at(6, 8),
    });
    const fromWholesaler = move('shipping', {
      lot: LOT.yoghurt,
      qty: 1,
      uom: '箱',
      from: P.wholesaler,
      to: P.shop2,
      time: at(6, 8),
    });
    expect(codes([fromShop], stored)).toEqual(['TRACE_LOT_DESTROYED']);
    expect(codes([fromWholesaler], stored)).toEqual([]);
    // Before the destruction is fine.
    expect(codes([{ ...fromShop, eventTime: at(4, 8) }], stored)).toEqual([]);
  });

  it('refuses a transformation without inputs or without outputs', () => {
    const noIn = transform([], [{ lot: LOT.yoghurt, qty: 1, uom: '箱' }], P.dairy, at(2, 8));
    const noOut = transform([{ lot: LOT.milk, qty: 1, uom: 'KGM' }], [], P.dairy, at(2, 8));
    expect(codes([noIn])).toEqual(['TRACE_TRANSFORMATION_INCOMPLETE']);
    const p = checkEvents(norm([noOut]), EMPTY_STATE, NOW);
    expect(p).toMatchObject([{ code: 'TRACE_TRANSFORMATION_INCOMPLETE', field: 'outputQuantityList' }]);
  });

  it('refuses a time in the future, and a time without a zone offset', () => {
    expect(codes([commission(LOT.milk, 1, 'KGM', P.farm, '2024-06-02T08:00:00+08:00')])).toEqual([
      'TRACE_TIME_INVALID',
    ]);
    // Within the five-minute clock-skew allowance is accepted.
    expect(codes([commission(LOT.milk, 1, 'KGM', P.farm, '2024-06-01T00:04:00Z')])).toEqual([]);
    const naive = normalizeEpcisEvent(
      { ...commission(LOT.milk, 1, 'KGM', P.farm, '2024-05-01T08:00:00'), eventTimeZoneOffset: '+08:00' },
      0,
    );
    expect(naive.problems).toMatchObject([{ code: 'TRACE_TIME_INVALID', field: 'eventTime' }]);
    expect(naive.problems[0]?.message).toContain('时区');
    const { eventTimeZoneOffset: _o, ...noOffset } = commission(LOT.milk, 1, 'KGM', P.farm, at(1, 1)) as EpcisEvent & {
      eventTimeZoneOffset?: string;
    };
    expect(normalizeEpcisEvent(noOffset as EpcisEvent, 0).problems).toMatchObject([{ code: 'TRACE_TIME_INVALID' }]);
    expect(
      normalizeEpcisEvent(commission(LOT.milk, 1, 'KGM', P.farm, '2024-02-30T08:00:00+08:00'), 0).problems,
    ).toHaveLength(1);
  });

  it('refuses receiving more than was shipped, counting earlier receipts', () => {
    const ship = move('shipping', { lot: LOT.milk, qty: 100, uom: 'KGM', from: P.farm, to: P.dairy, time: at(1, 8) });
    const recv = (qty: number, hour: number) =>
      move('receiving', { lot: LOT.milk, qty, uom: 'KGM', from: P.farm, to: P.dairy, time: at(1, hour) });
    expect(codes([ship, recv(60, 9), recv(40, 10)])).toEqual([]);
    const over = checkEvents(norm([ship, recv(60, 9), recv(41, 10)]), EMPTY_STATE, NOW);
    expect(over).toMatchObject([{ index: 2, code: 'TRACE_OVER_RECEIPT' }]);
    expect(over[0]?.message).toContain('超过发货数量 100');
    // What the store already holds counts too.
    const state = {
      ...EMPTY_STATE,
      shipped: new Map([[movementKey(LOT.milk, P.farm, P.dairy, 'KGM'), 100]]),
      received: new Map([[movementKey(LOT.milk, P.farm, P.dairy, 'KGM'), 90]]),
    };
    expect(codes([recv(11, 9)], state)).toEqual(['TRACE_OVER_RECEIPT']);
    // A receipt in another unit does not match the shipment.
    expect(
      codes([ship, move('receiving', { lot: LOT.milk, qty: 1, uom: '箱', from: P.farm, to: P.dairy, time: at(1, 9) })]),
    ).toEqual(['TRACE_OVER_RECEIPT']);
  });

  it('requires both parties on a shipment and a valid credit code', () => {
    const e = move('shipping', { lot: LOT.milk, qty: 1, uom: 'KGM', from: P.farm, to: P.dairy, time: at(1, 8) });
    expect(codes([{ ...e, destinationList: [] }])).toEqual(['TRACE_EVENT_INVALID']);
    const bad = normalizeEpcisEvent({ ...e, sourceList: [{ type: 'owning_party', source: '91622901MA000000XX' }] }, 3);
    expect(bad.problems).toMatchObject([{ index: 3, code: 'TRACE_EVENT_INVALID', field: 'sourceList.0' }]);
  });

  it('derives movement edges with parties, times and quantities', () => {
    const [ship, tr] = norm([
      move('shipping', { lot: LOT.milk, qty: 600, uom: 'KGM', from: P.farm, to: P.dairy, time: at(1, 8) }),
      transform(
        [{ lot: LOT.milk, qty: 600, uom: 'KGM' }],
        [{ lot: LOT.yoghurt, qty: 2000, uom: '箱' }],
        P.dairy,
        at(2, 8),
      ),
    ]);
    expect(edgesOf(ship as TraceEvent)).toEqual([
      {
        kind: 'ship',
        fromLot: LOT.milk,
        fromParty: P.farm,
        toLot: LOT.milk,
        toParty: P.dairy,
        time: '2024-05-01T00:00:00.000Z',
        quantity: 600,
        uom: 'KGM',
      },
    ]);
    expect(edgesOf(tr as TraceEvent)).toMatchObject([
      { kind: 'transform', fromLot: LOT.milk, toLot: LOT.yoghurt, fromParty: P.dairy, quantity: 600 },
    ]);
  });
});
