// The indicator caches against the data versions: a write to one table reloads only what is
// derived from it, and no write is ever missed by the next read — through the importer, the
// demo generator and remover, and a bare transaction that bumps its table.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testEngines } from '../../../test/support/engines.ts';
import { DEFAULT_ORG } from '../../core/org/default-org.ts';
import type { DbHandle } from '../../db/connection.ts';
import { firstStart } from '../../server/bootstrap.ts';
import { csvOf, SAMPLES } from '../records/fixtures.test-support.ts';
import { createServices, type Services } from '../services.ts';
import { type Ctx, SYSTEM_CTX } from '../shared/context.ts';
import { createStore } from '../store.ts';
import { indicatorRepository } from './indicator-repository.ts';
import { foodRows, insertRecords } from './test-records.ts';

const office: Ctx = {
  actor: { id: 7, name: '州质量办', role: 'office', unitId: null, regionCode: null },
  ip: '127.0.0.1',
};

const air = (date: string, pm10: number) => ({
  region_code: '622901',
  date,
  city: '临夏市',
  so2: 10,
  no2: 20,
  pm10,
  co: 0.5,
  o3_8h: 80,
  o3_1h: 100,
  pm25: 30,
  reported_aqi: null,
});

describe.each(testEngines())('indicator caches and data versions (%s)', (engine) => {
  let handle: DbHandle;
  let services: Services;

  beforeAll(async () => {
    handle = await freshDatabase(engine);
    services = createServices(createStore(handle.db, handle.engine), {
      org: DEFAULT_ORG,
      auth: { maxFailures: 5, lockMinutes: 15 },
    });
    await firstStart(services);
  });
  afterAll(() => handle.close());

  const board = (year = 2023) => services.indicators.list({ year, period: String(year) });
  const item = async (code: string, year = 2023) => {
    const i = (await board(year)).items.find((x) => x.code === code);
    if (!i) throw new Error(code);
    return i;
  };

  it('reloads only the food cells after a food write: the air days are not computed again', async () => {
    await insertRecords(handle.db, 'air_daily', [air('2023-03-01', 60), air('2023-03-02', 180)]);
    await insertRecords(handle.db, 'food_samples', foodRows(10, { region: '622901', date: '2023-03-10', failed: 1 }));
    expect(await item('food_pass_rate')).toMatchObject({ numerator: 9, denominator: 10 });
    const before = services.indicators.inputLoads();

    await insertRecords(handle.db, 'food_samples', foodRows(5, { region: '622921', date: '2023-04-10' }));
    expect(await item('food_pass_rate')).toMatchObject({ numerator: 14, denominator: 15 });
    const afterFood = services.indicators.inputLoads();
    expect(afterFood.food).toBe(before.food + 1);
    expect(afterFood.airDays).toBe(before.airDays);
    expect(afterFood.products).toBe(before.products);

    await insertRecords(handle.db, 'air_daily', [air('2023-03-03', 60)]);
    expect(await item('air_good_days_ratio')).toMatchObject({ numerator: 2, denominator: 3 });
    const afterAir = services.indicators.inputLoads();
    expect(afterAir.airDays).toBe(before.airDays + 1);
    expect(afterAir.food).toBe(afterFood.food);
  });

  it('answers repeated requests from one computation, shared and frozen', async () => {
    const first = await board();
    const loads = services.indicators.inputLoads();
    const again = await Promise.all(Array.from({ length: 20 }, () => board()));
    for (const b of again) expect(b).toBe(first);
    expect(services.indicators.inputLoads()).toEqual(loads);
    expect(Object.isFrozen(first.items[0])).toBe(true);
    const m = await services.indicators.matrix(2023);
    expect(await services.indicators.matrix(2023)).toBe(m);
  });

  it('never serves a stale value: a write is seen by the very next read', async () => {
    // A bare transaction: rows and the bump commit together.
    const { numerator: p0, denominator: n0 } = await item('food_pass_rate');
    await handle.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('food_samples')
        .values(
          foodRows(3, { region: '622922', date: '2023-05-01' }).map((r, i) => ({ ...r, natural_key: `bare-${i}` })),
        )
        .execute();
      await indicatorRepository(trx).bumpDataVersion(['food_samples']);
    });
    expect(await item('food_pass_rate')).toMatchObject({ numerator: (p0 ?? 0) + 3, denominator: (n0 ?? 0) + 3 });

    // An in-place correction (same row count, same highest id) through the same path.
    await handle.db.transaction().execute(async (trx) => {
      await trx.updateTable('food_samples').set({ passed: 0 }).where('natural_key', 'like', 'bare-%').execute();
      await indicatorRepository(trx).bumpDataVersion(['food_samples']);
    });
    expect(await item('food_pass_rate')).toMatchObject({ numerator: p0, denominator: (n0 ?? 0) + 3 });

    // The importer bumps inside its transaction.
    const imported = await services.records.importFile(
      { kind: 'food', fileName: 'food.csv', bytes: Buffer.from(csvOf(SAMPLES.food)), year: 2023 },
      office,
    );
    expect(imported).toMatchObject({ stored: true });
    const foodTotal = async () => {
      const { rows } = await sql<{ n: number }>`select count(*) as n from food_samples
        where sampling_type = '监督抽检' and date like '2023-%'`.execute(handle.db);
      return Number(rows[0]?.n);
    };
    expect((await item('food_pass_rate')).denominator).toBe(await foodTotal());
    expect(await foodTotal()).toBeGreaterThan((n0 ?? 0) + 3);
  });

  it('sees demo data as soon as it is generated, and gone as soon as it is removed', async () => {
    expect(await item('food_pass_rate', 2021)).toMatchObject({ denominator: 0 });
    const loads = services.indicators.inputLoads();
    await services.demo.generate({ year: 2021, scale: 0.02 }, SYSTEM_CTX);
    const generated = await item('food_pass_rate', 2021);
    expect(generated.denominator).toBeGreaterThan(0);
    expect((await item('air_good_days_ratio', 2021)).denominator).toBeGreaterThan(0);
    expect(services.indicators.inputLoads().airDays).toBeGreaterThan(loads.airDays);

    await services.demo.remove(SYSTEM_CTX);
    expect(await item('food_pass_rate', 2021)).toMatchObject({ denominator: 0 });
    expect(await item('air_good_days_ratio', 2021)).toMatchObject({ denominator: 0 });
  });

  it('reads the whole data stamp in one query, with a version per table', async () => {
    const repo = indicatorRepository(handle.db);
    const before = await repo.dataStamp();
    await repo.bumpDataVersion(['effluent_samples', 'effluent_samples']);
    const after = await repo.dataStamp();
    expect(after.effluent_samples).not.toBe(before.effluent_samples);
    expect(after.food_samples).toBe(before.food_samples);
    expect(after.plans).toBe(before.plans);
    expect(Number(after.regions)).toBeGreaterThan(1);
  });
});
