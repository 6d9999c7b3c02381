import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testEngines } from '../../../test/support/engines.ts';
import { generateDemoYear } from '../../core/demo/generate-demo-year.ts';
import { DEFAULT_ORG } from '../../core/org/default-org.ts';
import type { DbHandle } from '../../db/connection.ts';
import { createServices, type Services } from '../services.ts';
import { SYSTEM_CTX } from '../shared/context.ts';
import { createStore } from '../store.ts';
import { DEMO_RECORD_TABLES } from './demo-repository.ts';
import { DEMO_REMOVED_META_KEY } from './demo-service.ts';
import { loadDemoOnFirstStart } from './load-demo-on-first-start.ts';

const SCALE = 0.05;

async function open(engine: 'sqlite' | 'postgres'): Promise<{ handle: DbHandle; services: Services }> {
  const handle = await freshDatabase(engine);
  const services = createServices(createStore(handle.db, handle.engine), {
    org: DEFAULT_ORG,
    auth: { maxFailures: 5, lockMinutes: 15 },
  });
  return { handle, services };
}

const now = '2023-06-01T00:00:00.000Z';

describe.each(testEngines())('demo data in the database (%s)', (engine) => {
  let handle: DbHandle;
  let services: Services;
  let realImport: number;

  beforeAll(async () => {
    ({ handle, services } = await open(engine));
    // One real import with one real record: nothing demo may touch them.
    const imp = await handle.db
      .insertInto('imports')
      .values({
        kind: 'food',
        file_name: '2023年第1期.xlsx',
        sha256: 'a'.repeat(64),
        row_count: 1,
        inserted: 1,
        updated: 0,
        actor_id: null,
        actor_name: '张三',
        started_at: now,
        finished_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    realImport = imp.id;
    await handle.db
      .insertInto('food_samples')
      .values({
        natural_key: 'no:DC23622901000001',
        region_code: '622901',
        date: '2023-03-02',
        import_id: realImport,
        sampled_unit_name: '临夏市真实超市',
        product_name: '小麦粉',
        sampling_type: '监督抽检',
        passed: 1,
      })
      .execute();
    await handle.db.insertInto('essential_drugs').values({ variety: '阿莫西林', note: '真实清单' }).execute();
  });
  afterAll(() => handle.close());

  const demoRows = async (table: string) =>
    (await services.store.demo.countDemo())[table as keyof Awaited<ReturnType<typeof services.store.demo.countDemo>>];

  it('writes every generated row, stamped demo with a demo: key, one import per table and an audit entry', async () => {
    const expected = generateDemoYear({ year: 2023, scale: SCALE });
    const r = await services.demo.generate({ year: 2023, scale: SCALE }, SYSTEM_CTX);
    for (const t of DEMO_RECORD_TABLES) {
      expect(r.counts[t], t).toBe(expected[t].length);
      expect(await demoRows(t), t).toBe(expected[t].length);
      const strays = await handle.db
        .selectFrom(t)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where((eb) => eb.or([eb('is_demo', '=', 0), eb('natural_key', 'not like', 'demo:2023:%')]))
        .executeTakeFirstOrThrow();
      expect(Number(strays.n), t).toBe(t === 'food_samples' ? 1 : 0);
    }
    // The real list already had 阿莫西林: the demo adds the other varieties only.
    expect(r.counts.essential_drugs).toBe(expected.essential_drugs.length - 1);
    const imports = await handle.db.selectFrom('imports').selectAll().where('is_demo', '=', 1).execute();
    expect(imports).toHaveLength(DEMO_RECORD_TABLES.length);
    expect(imports.every((i) => i.file_name === '演示数据' && i.sha256.length === 64)).toBe(true);
    expect(imports.map((i) => i.kind)).toEqual(expect.arrayContaining(['food', 'air-hourly', 'reported']));
    const air = imports.find((i) => i.kind === 'air-hourly');
    const linked = await handle.db
      .selectFrom('air_hourly')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('import_id', '=', air?.id ?? -1)
      .executeTakeFirstOrThrow();
    expect(Number(linked.n)).toBe(expected.air_hourly.length);
    const audit = await services.store.audit.list({ page: 1, pageSize: 10, action: 'demo.generated' });
    expect(audit.total).toBe(1);
    expect(audit.items[0]?.after).toMatchObject({ year: 2023, scale: SCALE });
    const status = await services.demo.status();
    expect(status.present).toBe(true);
    expect(status.counts.air_hourly).toBe(expected.air_hourly.length);
  });

  it('replaces the same year on regeneration and adds another year beside it', async () => {
    const before = await services.demo.status();
    await services.demo.generate({ year: 2023, scale: SCALE }, SYSTEM_CTX);
    expect((await services.demo.status()).counts).toEqual(before.counts);
    const imports = await handle.db.selectFrom('imports').select('id').where('is_demo', '=', 1).execute();
    expect(imports).toHaveLength(DEMO_RECORD_TABLES.length);
    await services.demo.generate({ year: 2024, scale: 0.02 }, SYSTEM_CTX);
    const after = await services.demo.status();
    expect(after.counts.food_samples).toBe(before.counts.food_samples + 300);
  });

  it('refuses a second run while one is going, and a year out of range', async () => {
    const first = services.demo.generate({ year: 2023, scale: 0.02 }, SYSTEM_CTX);
    await expect(services.demo.generate({ year: 2023, scale: 0.02 }, SYSTEM_CTX)).rejects.toMatchObject({
      code: 'DEMO_BUSY',
    });
    await first;
    await expect(services.demo.generate({ year: 1999 }, SYSTEM_CTX)).rejects.toMatchObject({
      code: 'DEMO_YEAR_INVALID',
    });
  });

  it('removes every demo row in one go and leaves the real ones untouched', async () => {
    const r = await services.demo.remove(SYSTEM_CTX);
    expect(r.removed.air_hourly).toBeGreaterThan(0);
    const status = await services.demo.status();
    expect(status.present).toBe(false);
    expect(Object.values(status.counts).every((n) => n === 0)).toBe(true);
    const food = await handle.db.selectFrom('food_samples').select(['natural_key', 'import_id']).execute();
    expect(food).toEqual([{ natural_key: 'no:DC23622901000001', import_id: realImport }]);
    const imports = await handle.db.selectFrom('imports').select('id').execute();
    expect(imports.map((i) => i.id)).toEqual([realImport]);
    const drugs = await handle.db.selectFrom('essential_drugs').select('variety').execute();
    expect(drugs.map((d) => d.variety)).toEqual(['阿莫西林']);
    expect(await services.store.meta.get(DEMO_REMOVED_META_KEY)).toContain('系统');
    expect((await services.store.audit.list({ page: 1, pageSize: 5, action: 'demo.removed' })).total).toBe(1);
  });
});

describe.each(testEngines())('demo data on first start (%s)', (engine) => {
  let handle: DbHandle;
  let services: Services;
  beforeAll(async () => {
    ({ handle, services } = await open(engine));
  });
  afterAll(() => handle.close());

  it('loads the year into an empty database, once, and never after a person removed it', async () => {
    const first = await loadDemoOnFirstStart(services, 2023, { scale: 0.02 });
    expect(first?.counts.food_samples).toBe(300);
    // Records exist now: a second start does nothing.
    expect(await loadDemoOnFirstStart(services, 2023, { scale: 0.02 })).toBeNull();
    await services.demo.remove({
      actor: { id: 7, name: '管理员甲', role: 'admin', unitId: null, regionCode: null },
      ip: null,
    });
    // Empty again, but a person removed the demo: it stays removed.
    expect(await loadDemoOnFirstStart(services, 2023, { scale: 0.02 })).toBeNull();
    expect((await services.demo.status()).present).toBe(false);
  });

  it('does nothing when real records exist', async () => {
    const other = await open(engine);
    try {
      await other.handle.db
        .insertInto('sewage_volumes')
        .values({
          natural_key: 'real',
          region_code: '622901',
          date: '2023-01-31',
          area: '临夏市城区',
          treated: 1,
          total: 1,
        })
        .execute();
      expect(await loadDemoOnFirstStart(other.services, 2023, { scale: 0.02 })).toBeNull();
      expect((await other.services.demo.status()).present).toBe(false);
    } finally {
      await other.handle.close();
    }
  });
});

describe('a full demo year on SQLite', () => {
  it('loads in well under a minute', { timeout: 180_000 }, async () => {
    const { handle, services } = await open('sqlite');
    try {
      const r = await services.demo.generate({ year: 2023 }, SYSTEM_CTX);
      console.info(`full demo year on SQLite: ${r.ms} ms`, r.counts);
      expect(r.counts.food_samples).toBe(15_000);
      expect(r.counts.air_hourly).toBeGreaterThan(69_000);
      expect(r.ms).toBeLessThan(60_000);
      const status = await services.demo.status();
      expect(status.counts).toEqual(r.counts);
    } finally {
      await handle.close();
    }
  });
});
