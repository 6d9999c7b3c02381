import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testEngines } from '../../../test/support/engines.ts';
import { DEFAULT_ORG } from '../../core/org/default-org.ts';
import type { DbHandle } from '../../db/connection.ts';
import { createServices, type Services } from '../services.ts';
import { SYSTEM_CTX } from '../shared/context.ts';
import { createStore } from '../store.ts';
import { DEMO_RISK_MODEL_META_KEY, DEMO_SUPERVISION_META_KEY } from './demo-supervision.ts';

const SCALE = 0.05;
const NOW = new Date('2024-06-01T00:00:00Z');

describe.each(testEngines())('the demo supervision loop (%s)', (engine) => {
  let handle: DbHandle;
  let services: Services;

  beforeAll(async () => {
    handle = await freshDatabase(engine);
    services = createServices(createStore(handle.db, handle.engine), {
      org: DEFAULT_ORG,
      auth: { maxFailures: 5, lockMinutes: 15 },
      now: () => NOW,
    });
    await services.org.seedIfEmpty(DEFAULT_ORG, SYSTEM_CTX);
  });
  afterAll(() => handle.close());

  const count = async (
    table:
      | 'enterprises'
      | 'inspectors'
      | 'inspection_items'
      | 'draw_plans'
      | 'trace_events'
      | 'trace_lots'
      | 'disposal_cases'
      | 'disposal_actions'
      | 'incidents'
      | 'enterprise_links'
      | 'credit_events',
  ) => {
    const r = await handle.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  };

  it('follows a failed sample to its outlets, its case, and its producer’s risk class', {
    timeout: 120_000,
  }, async () => {
    const r = await services.demo.generate({ year: 2023, scale: SCALE }, SYSTEM_CTX);
    const s = r.supervision;
    expect(s).toBeDefined();
    expect(s?.enterprises).toBeGreaterThanOrEqual(40);
    expect(s?.inspectors).toBe(40);
    expect(s?.plans).toBe(1);
    expect(s?.lots).toBeGreaterThan(0);
    expect(s?.incidents).toBeGreaterThanOrEqual(3);
    expect(await count('inspectors')).toBe(40);

    // A failed sample whose case names a traced lot that reaches two outlets or more.
    const cases = await handle.db
      .selectFrom('disposal_cases')
      .select(['id', 'sample_id', 'lot_id', 'status'])
      .where('origin', '=', 'sample')
      .where('lot_id', 'is not', null)
      .execute();
    expect(cases.length).toBeGreaterThan(0);
    let best = 0;
    for (const c of cases.slice(0, 10)) {
      const detail = await services.disposal.get(c.id, SYSTEM_CTX);
      expect(detail.sample).not.toBeNull();
      expect(detail.sample?.passed).toBeFalsy();
      best = Math.max(best, detail.outlets.length);
    }
    expect(best).toBeGreaterThanOrEqual(2);
    // Most cases are closed; some are open past their deadlines.
    expect(cases.some((c) => c.status === 'closed')).toBe(true);
    const overdue = await services.disposal.list({ overdue: true, page: 1, pageSize: 50 }, SYSTEM_CTX);
    expect(overdue.total).toBeGreaterThan(0);

    // Linked enterprises have risk classes; the sample's producer is one of them.
    const linked = await handle.db
      .selectFrom('enterprises as e')
      .innerJoin('enterprise_links as l', 'l.enterprise_id', 'e.id')
      .select(['e.id', 'e.risk_class'])
      .distinct()
      .execute();
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((e) => e.risk_class !== null)).toBe(true);

    // An incident of 较大 severity, the rest 一般.
    const incidents = await handle.db.selectFrom('incidents').select('severity').execute();
    expect(incidents.filter((i) => i.severity === '较大')).toHaveLength(1);
    expect(await services.store.meta.get(DEMO_SUPERVISION_META_KEY)).toContain('enterpriseIds');
  });

  it('regenerates without duplicating the loop', { timeout: 120_000 }, async () => {
    const before = await Promise.all([count('enterprises'), count('trace_events'), count('incidents')]);
    await services.demo.generate({ year: 2023, scale: SCALE }, SYSTEM_CTX);
    expect(await Promise.all([count('enterprises'), count('trace_events'), count('incidents')])).toEqual(before);
  });

  it('removes every row of the loop with the demo', async () => {
    await services.demo.remove(SYSTEM_CTX);
    for (const t of [
      'enterprises',
      'inspectors',
      'inspection_items',
      'draw_plans',
      'trace_events',
      'trace_lots',
      'disposal_cases',
      'disposal_actions',
      'incidents',
      'enterprise_links',
      'credit_events',
    ] as const)
      expect(await count(t), t).toBe(0);
    expect(await services.store.meta.get(DEMO_SUPERVISION_META_KEY)).toBeNull();
  });
});

// Loaded years after its plan year, the demo stores a model whose window reaches back to it, so
// the failed samples of 2023 still earn their producers a class; removing the demo puts the
// previous model back.
describe.each(testEngines())('the demo loaded years after its year (%s)', (engine) => {
  let handle: DbHandle;
  let services: Services;
  const LATER = new Date('2026-11-28T02:00:00Z');

  beforeAll(async () => {
    handle = await freshDatabase(engine);
    services = createServices(createStore(handle.db, handle.engine), {
      org: DEFAULT_ORG,
      auth: { maxFailures: 5, lockMinutes: 15 },
      now: () => LATER,
    });
    await services.org.seedIfEmpty(DEFAULT_ORG, SYSTEM_CTX);
  });
  afterAll(() => handle.close());

  it('widens the look-back window to the demo year, and restores the model on removal', {
    timeout: 120_000,
  }, async () => {
    await services.demo.generate({ year: 2023, scale: SCALE }, SYSTEM_CTX);
    const model = await services.credit.model();
    expect(model.model.lookbackMonths).toBe(47);
    expect(model.model.name).toContain('演示');
    const rows = await handle.db
      .selectFrom('enterprises')
      .select(['risk_class', 'risk_explanation_json'])
      .where('risk_class', 'is not', null)
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(JSON.parse(r.risk_explanation_json as string).windowStart <= '2023-01-01').toBe(true);
    expect(rows.filter((r) => r.risk_class !== 'A').length).toBeGreaterThan(0);

    await services.demo.remove(SYSTEM_CTX);
    const after = await services.credit.model();
    expect(after.model.lookbackMonths).toBe(36);
    expect(after.version).toBe(model.version + 1);
    expect(await services.store.meta.get(DEMO_RISK_MODEL_META_KEY)).toBeNull();
  });
});
