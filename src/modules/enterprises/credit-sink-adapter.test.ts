import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { testCreditCode } from '../../core/enterprises/test-codes.ts';
import { SYSTEM_CTX } from '../shared/context.ts';
import { enterpriseCreditSink } from './credit-sink-adapter.ts';

describe.each(testEngines())('incidents and disposal outcomes on the credit record (%s)', (engine) => {
  let t: TestApp;
  const code = testCreditCode(301);
  let id = 0;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const r = await t.services.enterprises.create(
      { creditCode: code, name: '临夏州清真食品有限公司', industry: '食品生产', regionCode: '622901' },
      SYSTEM_CTX,
    );
    id = r.enterprise.id;
  });
  afterAll(() => t.close());

  it('writes an incident as a credit event and rescores the enterprise in the caller’s transaction', async () => {
    const sink = enterpriseCreditSink(t.services.credit);
    await t.services.store.transaction((r) =>
      sink.addEvent(
        {
          kind: 'incident_reported',
          creditCode: code,
          enterpriseName: null,
          occurredAt: '2026-08-01T03:00:00.000Z',
          severity: '较大',
          summary: '肉制品致多人腹泻',
          source: { type: 'incident', id: 9 },
        },
        r,
      ),
    );
    const events = await t.services.credit.events(id);
    expect(events).toEqual([
      expect.objectContaining({ kind: 'incident', points: 40, sourceTable: 'incidents', sourceId: 9 }),
    ]);
    const e = await t.services.store.enterprises.findById(id);
    // 10 (no certificates) + 0.15 × 0.6 × 100 = 19 → B
    expect(e).toMatchObject({ riskClass: 'B', riskScore: 19 });
  });

  it('finds the enterprise by name when the code is missing, and keeps unknown ones in the audit log', async () => {
    const sink = enterpriseCreditSink(t.services.credit);
    const event = {
      kind: 'disposal_closed' as const,
      creditCode: null,
      occurredAt: '2026-09-01T03:00:00.000Z',
      severity: null,
      summary: '不合格产品已召回',
      source: { type: 'disposal_case' as const, id: 4 },
    };
    await t.services.store.transaction((r) =>
      sink.addEvent({ ...event, enterpriseName: '临夏州清真食品有限责任公司' }, r),
    );
    expect((await t.services.credit.events(id)).map((e) => e.kind)).toEqual(['incident', 'disposal']);
    await t.services.store.transaction((r) => sink.addEvent({ ...event, enterpriseName: '未登记的企业' }, r));
    const log = await t.services.store.audit.list({ page: 1, pageSize: 1, action: 'credit.event' });
    expect(log.items[0]?.after).toMatchObject({ enterpriseName: '未登记的企业' });
  });
});
