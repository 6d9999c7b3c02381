// Capture, rules against the store, and tracing, on both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { isAppError } from '../../core/errors/app-error.ts';
import type { EpcisEvent } from '../../core/trace/epcis-document.ts';
import { at, doc, LOT, move, NOW, networkEvents, observe, P, transform } from '../../core/trace/test-network.ts';
import { SYSTEM_CTX } from '../shared/context.ts';
import { type TraceService, traceService } from './trace-service.ts';

async function rejection(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}

describe.each(testEngines())('trace capture and graph (%s)', (engine) => {
  let t: TestApp;
  let trace: TraceService;
  beforeAll(async () => {
    t = await createTestApp(engine);
    trace = traceService(t.services.store, { clock: () => NOW });
    const r = await trace.capture(doc(networkEvents()), SYSTEM_CTX);
    expect(r).toMatchObject({ captured: 16, duplicates: 0 });
  });
  afterAll(() => t.close());

  it('traces the yoghurt back to the farm and the sugar, and forward to every shop', async () => {
    const g = await trace.graph(LOT.yoghurt, 'both');
    const shown = (d: string) =>
      g.edges
        .filter((e) => e.direction === d)
        .map(
          (e) =>
            `${e.kind} ${e.fromLot === e.toLot ? '' : `${e.fromLot.split(':').pop()}→${e.toLot.split(':').pop()} `}${e.fromParty ?? '-'}→${e.toParty} ${e.quantity}`,
        );
    // Backward: the milk's and the sugar's way to the dairy only, not to the other processor.
    expect(shown('backward').filter((x) => x.includes(P.other))).toEqual([]);
    expect(g.edges.filter((e) => e.direction === 'backward' && e.kind === 'transform')).toHaveLength(2);
    expect(g.edges.find((e) => e.kind === 'ship' && e.fromParty === P.farm && e.toParty === P.dairy)).toMatchObject({
      quantity: 600,
      uom: 'KGM',
      time: '2024-05-01T00:00:00.000Z',
    });
    const parties = g.nodes.filter((n) => n.type === 'party').map((n) => n.creditCode);
    for (const p of [P.farm, P.sugar, P.dairy, P.wholesaler, P.shop1, P.shop2, P.shop3]) expect(parties).toContain(p);
    expect(parties).not.toContain(P.other);
    expect(g.nodes.find((n) => n.root)).toMatchObject({ lotId: LOT.yoghurt, code: 'Y20240502' });
    expect(g.cycles).toEqual([]);
    // Forward only: the shipments of the yoghurt, with times.
    const f = await trace.graph(LOT.yoghurt, 'forward');
    expect(f.edges.every((e) => e.fromLot === LOT.yoghurt)).toBe(true);
    expect(f.edges.filter((e) => e.kind === 'ship').map((e) => e.quantity)).toEqual([1200, 200, 500, 300]);
    // The milk forward reaches the other processor and, through the yoghurt, the shops.
    const m = await trace.graph(LOT.milk, 'forward');
    expect(m.edges.some((e) => e.toParty === P.other)).toBe(true);
    expect(m.edges.some((e) => e.toParty === P.shop2)).toBe(true);
  });

  it('finds a lot by its batch code and lists the outlets of the yoghurt', async () => {
    expect(await trace.resolveLot('Y20240502')).toBe(LOT.yoghurt);
    await expect(trace.resolveLot('NOPE')).rejects.toMatchObject({ code: 'TRACE_LOT_NOT_FOUND' });
    const outlets = await trace.outlets(LOT.yoghurt);
    expect(outlets.map((o) => [o.party, o.quantity, o.passedOn])).toEqual([
      [P.wholesaler, 1200, true],
      [P.shop3, 200, false],
      [P.shop1, 500, false],
      [P.shop2, 280, false],
    ]);
    expect(outlets[1]?.regionCode).toBe('622926');
  });

  it('rejects a whole document when one event breaks a rule, storing nothing', async () => {
    const before = await t.services.store.trace.countEvents();
    const ok = move('shipping', { lot: LOT.yoghurt, qty: 10, uom: '箱', from: P.shop1, to: P.shop3, time: at(6, 8) });
    const over = move('receiving', {
      lot: LOT.yoghurt,
      qty: 21,
      uom: '箱',
      from: P.wholesaler,
      to: P.shop2,
      time: at(6, 9),
    });
    const e = await rejection(trace.capture(doc([ok, over]), SYSTEM_CTX));
    expect(e.code).toBe('TRACE_OVER_RECEIPT');
    expect(e.details).toMatchObject([{ row: 2 }]);
    expect(e.message).toContain('超过发货数量 300');
    expect(await t.services.store.trace.countEvents()).toBe(before);
  });

  it('refuses events for a lot after it was destroyed at that shop', async () => {
    await trace.capture(doc([observe('destroying', LOT.yoghurt, P.shop1, at(7, 8))]), SYSTEM_CTX);
    const later = move('shipping', { lot: LOT.yoghurt, qty: 1, uom: '箱', from: P.shop1, to: P.shop3, time: at(8, 8) });
    expect((await rejection(trace.capture(doc([later]), SYSTEM_CTX))).code).toBe('TRACE_LOT_DESTROYED');
    const g = await trace.graph(LOT.yoghurt, 'forward');
    expect(g.nodes.find((n) => n.root)?.status).toEqual(['destroying']);
  });

  it('refuses a transformation that would make a lot from itself, and other bad input', async () => {
    const z = `urn:zl:lot:${P.wholesaler}:Z1`;
    await trace.capture(
      doc([
        transform([{ lot: LOT.yoghurt, qty: 1, uom: '箱' }], [{ lot: z, qty: 1, uom: '箱' }], P.wholesaler, at(5, 8)),
      ]),
      SYSTEM_CTX,
    );
    const back = transform([{ lot: z, qty: 1, uom: '箱' }], [{ lot: LOT.milk, qty: 1, uom: 'KGM' }], P.farm, at(5, 9));
    const e = await rejection(trace.capture(doc([back]), SYSTEM_CTX));
    expect(e.code).toBe('TRACE_CYCLE');
    expect(e.message).toContain('环路');
    const noInputs = transform([], [{ lot: z, qty: 1, uom: '箱' }], P.wholesaler, at(5, 10));
    expect((await rejection(trace.capture(doc([noInputs]), SYSTEM_CTX))).code).toBe('TRACE_TRANSFORMATION_INCOMPLETE');
    const future = move('shipping', {
      lot: z,
      qty: 1,
      uom: '箱',
      from: P.wholesaler,
      to: P.shop1,
      time: '2030-01-01T00:00:00+08:00',
    });
    expect((await rejection(trace.capture(doc([future]), SYSTEM_CTX))).code).toBe('TRACE_TIME_INVALID');
    const badCode = {
      ...future,
      eventTime: at(9, 9),
      quantityList: [{ epcClass: 'urn:zl:drug:123', quantity: 1 }],
    } as EpcisEvent;
    expect((await rejection(trace.capture(doc([badCode]), SYSTEM_CTX))).code).toBe('TRACE_CODE_INVALID');
  });

  it('never loops on a stored cycle and reports it', async () => {
    // Edges written past the rules (as an old system or a bulk load might) still trace safely.
    await t.services.store.trace.insertEvent({
      eventId: 'urn:test:loop',
      captureId: null,
      type: 'TransformationEvent',
      action: null,
      bizStep: 'transforming',
      disposition: null,
      eventTime: '2024-05-09T00:00:00.000Z',
      tzOffset: '+08:00',
      recordTime: NOW.toISOString(),
      party: P.farm,
      sourceParty: null,
      destParty: P.farm,
      readPoint: null,
      bizLocation: null,
      address: null,
      regionCode: null,
      bodyJson: null,
      lots: [],
      edges: [
        {
          kind: 'transform',
          fromLot: `urn:zl:lot:${P.wholesaler}:Z1`,
          fromParty: null,
          toLot: LOT.milk,
          toParty: P.farm,
          time: '2024-05-09T00:00:00.000Z',
          quantity: 1,
          uom: 'KGM',
        },
      ],
    });
    const g = await trace.graph(LOT.milk, 'both');
    expect(g.cycles).toHaveLength(1);
    expect(g.cycles[0]).toContain(LOT.yoghurt);
  });

  it('skips events already stored (by eventID), so a re-capture is harmless', async () => {
    const e = {
      ...move('shipping', { lot: LOT.sugar, qty: 5, uom: 'KGM', from: P.sugar, to: P.shop1, time: at(9, 8) }),
      eventID: 'urn:uuid:0b4f7c6e-1',
    };
    expect(await trace.capture(doc([e]), SYSTEM_CTX)).toMatchObject({ captured: 1, duplicates: 0 });
    expect(await trace.capture(doc([e]), SYSTEM_CTX)).toMatchObject({ captured: 0, duplicates: 1 });
    const log = await t.services.store.audit.list({ page: 1, pageSize: 1, action: 'trace.captured' });
    expect(log.items[0]?.after).toMatchObject({ events: 1, source: 'api' });
  });
});
