// 核查处置 at an injected now: cases from failed samples with their outlets, deadlines and
// overdue, closing rules and the credit event; scope and summary over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { doc, LOT, NOW, networkEvents, P } from '../../core/trace/test-network.ts';
import type { Ctx } from '../shared/context.ts';
import { createLoopTestApp, type LoopTestApp } from './loop-test-app.ts';

const DAY = 86_400_000;
const staff: Ctx = { actor: { id: 0, name: '州局张三', role: 'office', unitId: null, regionCode: null }, ip: null };

describe.each(testEngines())('disposal cases (%s)', (engine) => {
  let t: LoopTestApp;
  let ids: { yoghurt: number; byName: number; passed: number; unknown: number };
  beforeAll(async () => {
    t = await createLoopTestApp(engine, NOW);
    await t.services.trace.capture(doc(networkEvents()), staff, {
      parties: [{ creditCode: P.dairy, name: '临夏某乳业有限公司' }],
    });
    ids = {
      // The dairy's yoghurt failed at shop 1 (临夏市 region of the sample).
      yoghurt: await t.addFoodSample({
        passed: false,
        regionCode: '622901',
        productName: '风味酸奶',
        producerName: '临夏某乳业有限公司',
        producerCreditCode: P.dairy,
        batch: 'Y20240502',
      }),
      // Same batch, producer known by name only, batch typed in lower case.
      byName: await t.addFoodSample({
        passed: false,
        regionCode: '622924',
        productName: '风味酸奶',
        producerName: '临夏某乳业有限公司',
        batch: 'y20240502',
      }),
      passed: await t.addFoodSample({ passed: true, regionCode: '622901', productName: '纯牛奶' }),
      unknown: await t.addFoodSample({
        passed: false,
        regionCode: '622923',
        productName: '馒头',
        producerName: '某作坊',
        batch: '0520',
      }),
    };
    await t.addUser('office', 'office');
    await t.addUser('lxs', 'county', { regionCode: '622901' });
    await t.addUser('yj', 'county', { regionCode: '622923' });
    await t.addUser('viewer', 'viewer');
  });
  afterAll(() => t.close());

  it('opens one case per failed sample on sync, with actions due by the configured days', async () => {
    expect(await t.services.disposal.sync()).toEqual({ opened: 3 });
    expect(await t.services.disposal.sync()).toEqual({ opened: 0 });
    const list = await t.services.disposal.list({ page: 1, pageSize: 10 }, staff);
    expect(list.total).toBe(3);
    const c = list.items.find((x) => x.sampleId === ids.yoghurt)!;
    const detail = await t.services.disposal.get(c.id, staff);
    expect(detail.lotId).toBe(LOT.yoghurt);
    expect(detail.actions.map((a) => [a.kind, a.required, a.dueAt])).toEqual([
      ['下架', true, new Date(NOW.getTime() + DAY).toISOString()],
      ['召回', true, new Date(NOW.getTime() + 3 * DAY).toISOString()],
      ['立案', true, new Date(NOW.getTime() + 7 * DAY).toISOString()],
      ['整改', true, new Date(NOW.getTime() + 15 * DAY).toISOString()],
      ['复检', false, new Date(NOW.getTime() + 30 * DAY).toISOString()],
    ]);
    expect(detail.sample).toMatchObject({ productName: '风味酸奶', failedItems: [{ item: '大肠菌群' }] });
  });

  it('traces the failed batch forward to every outlet with quantities', async () => {
    const c = await t.services.disposal.openForSample(ids.byName, staff);
    expect(c.lotId).toBe(LOT.yoghurt);
    expect(c.outlets.map((o) => [o.party, o.quantity, o.uom])).toEqual([
      [P.wholesaler, 1200, '箱'],
      [P.shop3, 200, '箱'],
      [P.shop1, 500, '箱'],
      [P.shop2, 280, '箱'],
    ]);
    const none = await t.services.disposal.openForSample(ids.unknown, staff);
    expect(none.lotId).toBeNull();
    expect(none.outlets).toEqual([]);
    await expect(t.services.disposal.openForSample(ids.passed, staff)).rejects.toMatchObject({
      code: 'DISPOSAL_SAMPLE_PASSED',
    });
    await expect(t.services.disposal.openForSample(999_999, staff)).rejects.toMatchObject({
      code: 'DISPOSAL_SAMPLE_NOT_FOUND',
    });
  });

  it('turns a case red when an action passes its deadline undone', async () => {
    const c = (await t.services.disposal.list({ page: 1, pageSize: 10 }, staff)).items.find(
      (x) => x.sampleId === ids.yoghurt,
    )!;
    t.setNow(new Date(NOW.getTime() + 0.5 * DAY));
    expect((await t.services.disposal.get(c.id, staff)).overdue).toBe(false);
    t.setNow(new Date(NOW.getTime() + 2 * DAY));
    const late = await t.services.disposal.get(c.id, staff);
    expect(late.overdue).toBe(true);
    expect(late.actions.filter((a) => a.overdue).map((a) => a.kind)).toEqual(['下架']);
    const overdue = await t.services.disposal.list({ overdue: true, page: 1, pageSize: 10 }, staff);
    expect(overdue.items.map((x) => x.id).sort()).toEqual(
      (await t.services.disposal.list({ page: 1, pageSize: 10 }, staff)).items.map((x) => x.id).sort(),
    );
    const a = late.actions[0]!;
    const done = await t.services.disposal.completeAction(
      c.id,
      a.id,
      { evidenceText: '已于门店全部下架 500 箱', evidenceFile: 'photo-001.jpg' },
      staff,
    );
    expect(done.overdue).toBe(false);
    expect(done.actions[0]).toMatchObject({ doneBy: '州局张三', evidenceFile: 'photo-001.jpg', overdue: false });
    await expect(
      t.services.disposal.completeAction(c.id, a.id, { evidenceText: '再来一次' }, staff),
    ).rejects.toMatchObject({ code: 'DISPOSAL_ACTION_DONE' });
  });

  it('closes only when every required action is done, and sends the outcome to the credit record', async () => {
    const c = (await t.services.disposal.list({ page: 1, pageSize: 10 }, staff)).items.find(
      (x) => x.sampleId === ids.yoghurt,
    )!;
    const close = () =>
      t.services.disposal.close(
        c.id,
        { outcome: '责令召回并罚款 5 万元', evidence: '行政处罚决定书 临市监罚〔2024〕12号' },
        staff,
      );
    const pending = await close().catch((e) => e);
    expect(pending.code).toBe('DISPOSAL_ACTIONS_PENDING');
    expect(pending.message).toContain('召回、立案、整改');
    for (const a of (await t.services.disposal.get(c.id, staff)).actions) {
      if (a.required && !a.doneAt)
        await t.services.disposal.completeAction(c.id, a.id, { evidenceText: `${a.kind}完成` }, staff);
    }
    expect(t.credit).toHaveLength(0);
    const closed = await close();
    expect(closed).toMatchObject({ status: 'closed', closeOutcome: '责令召回并罚款 5 万元', overdue: false });
    expect(t.credit).toEqual([
      expect.objectContaining({
        kind: 'disposal_closed',
        creditCode: P.dairy,
        enterpriseName: '临夏某乳业有限公司',
        source: { type: 'disposal_case', id: c.id },
      }),
    ]);
    await expect(close()).rejects.toMatchObject({ code: 'DISPOSAL_CASE_CLOSED' });
    const log = await t.services.store.audit.list({ page: 1, pageSize: 1, action: 'disposal.closed' });
    expect(log.items[0]).toMatchObject({ actorName: '州局张三', entityId: String(c.id) });
  });

  it('keeps counties to their own cases and counts open, overdue and closed per county', async () => {
    t.setNow(new Date(NOW.getTime() + 2 * DAY));
    const lxs = t.client();
    await lxs.login('lxs');
    const mine = (await lxs.get('/api/disposal/cases')).json();
    expect(mine.items.map((c: { regionCode: string }) => c.regionCode)).toEqual(['622901']);
    const yj = t.client();
    await yj.login('yj');
    const other = (await yj.get('/api/disposal/cases')).json().items[0];
    expect(other.regionCode).toBe('622923');
    expect((await lxs.get(`/api/disposal/cases/${other.id}`)).json().error.code).toBe('FORBIDDEN_SCOPE');
    const v = t.client();
    await v.login('viewer');
    expect((await v.get('/api/disposal/cases?overdue=1&status=open')).json().total).toBe(2);
    expect(
      (await v.post(`/api/disposal/cases/${other.id}/close`, { outcome: '无需处罚', evidence: '核查记录' })).statusCode,
    ).toBe(403);
    const o = t.client();
    await o.login('office');
    expect((await o.post('/api/disposal/cases', { sampleId: ids.passed })).json().error.code).toBe(
      'DISPOSAL_SAMPLE_PASSED',
    );
    const summary = (await v.get('/api/disposal/summary?year=2024')).json();
    const row = (code: string) => summary.items.find((r: { regionCode: string }) => r.regionCode === code);
    expect(row('622901')).toMatchObject({ regionName: '临夏市', open: 0, overdue: 0, closed: 1 });
    expect(row('622924')).toMatchObject({ open: 1, overdue: 1, closed: 0 });
    expect(row('622923')).toMatchObject({ open: 1, overdue: 1, closed: 0 });
    expect(summary.total).toEqual({ open: 2, overdue: 2, closed: 1 });
    expect((await v.get('/api/disposal/summary?year=2023')).json().total).toEqual({ open: 0, overdue: 0, closed: 0 });
    expect((await yj.get('/api/disposal/summary')).json().items).toHaveLength(1);
  });

  it('lets the deadlines be configured', async () => {
    const o = t.client();
    await o.login('office');
    const cfg = (await o.get('/api/disposal/config')).json();
    cfg.sample[0].days = 2;
    expect((await o.put('/api/disposal/config', cfg)).json().sample[0]).toEqual({
      kind: '下架',
      days: 2,
      required: true,
    });
    const lxs = t.client();
    await lxs.login('lxs');
    expect((await lxs.put('/api/disposal/config', cfg)).statusCode).toBe(403);
    cfg.sample[1].kind = '下架';
    expect((await o.put('/api/disposal/config', cfg)).statusCode).toBe(400);
  });
});
