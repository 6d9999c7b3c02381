// Time alone changes a class: a penalty leaves the model's 36-month look-back window with no write
// to the enterprise. A draw frozen then must use today's class, not the one stored at the penalty.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { SYSTEM_CTX } from '../shared/context.ts';
import { seedDrawFixtures } from './test-fixtures.ts';

describe.each(testEngines())('risk classes are today’s when a draw freezes (%s)', (engine) => {
  let t: TestApp;
  let fixtures: Awaited<ReturnType<typeof seedDrawFixtures>>;

  beforeAll(async () => {
    t = await createTestApp(engine, {}, undefined, { now: new Date('2026-03-10T02:00:00Z') });
    fixtures = await seedDrawFixtures(t.services);
  });
  afterAll(() => t.close());

  const classOf = async (id: number) => (await t.services.store.enterprises.findById(id))?.riskClass;

  it('rescores nothing on the day of the last write', async () => {
    const penalised = fixtures.enterprises[0]?.id as number;
    expect(await classOf(penalised)).not.toBe('A');
    expect(await t.services.credit.refreshStale(SYSTEM_CTX)).toEqual({ rescored: 0, changes: [] });
  });

  it('moves a class back once its penalty leaves the window, before the pool is frozen', async () => {
    const penalised = fixtures.enterprises[0]?.id as number;
    const before = await classOf(penalised);
    // The penalty of 2026-03-01 counts until 2029-03-01.
    t.setNow(new Date('2029-02-20T02:00:00Z'));
    expect((await t.services.credit.refreshStale(SYSTEM_CTX)).changes).toEqual([]);
    expect(await classOf(penalised)).toBe(before);
    t.setNow(new Date('2029-03-05T02:00:00Z'));
    await t.services.draws.freeze(fixtures.planId, SYSTEM_CTX);
    expect(await classOf(penalised)).toBe('A');
    const log = await t.services.store.audit.list({ page: 1, pageSize: 50 });
    const refreshed = log.items.find((e) => e.action === 'risk.refreshed');
    expect(refreshed?.after).toMatchObject({ classChangeCount: 6 });
    // Everyone was scored today: a second refresh has nothing to do.
    expect((await t.services.credit.refreshStale(SYSTEM_CTX)).rescored).toBe(0);
  });
});
