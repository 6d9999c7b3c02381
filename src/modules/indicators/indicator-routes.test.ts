import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app.ts';
import { CATALOGUE } from '../../core/indicators/catalogue.ts';
import { RECORD_TABLES } from '../records/record-tables.ts';
import { foodRows } from './test-records.ts';

describe.each(testEngines())('indicator API (%s)', (engine) => {
  let t: TestApp;
  let viewer: TestClient;
  let county: TestClient;

  beforeAll(async () => {
    t = await createTestApp(engine);
    await t.addUser('viewer1', 'viewer');
    await t.addUser('county1', 'county', { regionCode: '622923' });
    viewer = t.client();
    await viewer.login('viewer1');
    county = t.client();
    await county.login('county1');
  });
  afterAll(() => t.close());

  it('requires a login for every indicator route', async () => {
    const anon = t.client();
    for (const url of [
      '/api/indicators?year=2023',
      '/api/indicators/food_pass_rate?year=2023',
      '/api/indicators/food_pass_rate/records?year=2023',
      '/api/indicators/food_pass_rate/records.xlsx?year=2023',
      '/api/air/daily?year=2023',
      '/api/water/sites?year=2023',
      '/api/indicators-catalogue',
    ]) {
      const res = await anon.get(url);
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code, url).toBe('AUTH_REQUIRED');
    }
  });

  it('lists every indicator with target, value, status and the counties', async () => {
    const res = await county.get('/api/indicators?year=2023&region=622900&period=2023-Q2');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ year: 2023, region: '622900', regionName: '临夏回族自治州', period: '2023-Q2' });
    expect(body.periodInfo).toMatchObject({
      kind: 'quarter',
      label: '2023年第二季度',
      months: ['2023-04', '2023-05', '2023-06'],
    });
    expect(typeof body.computedAt).toBe('string');
    expect(body.items).toHaveLength(CATALOGUE.length);
    const food = body.items.find((i: { code: string }) => i.code === 'food_pass_rate');
    expect(food).toMatchObject({
      name: '食品安全抽检合格率',
      kind: 'rate',
      target: { comparator: '>=', value: 97, unit: '%', source: 'plan' },
      value: null,
      status: '数据不足',
    });
    expect(food.target.planTargetId).toEqual(expect.any(Number));
    expect(food.byRegion).toHaveLength(8);
    const pm = body.items.find((i: { code: string }) => i.code === 'pm10_decrease');
    expect(pm.target).toMatchObject({ source: 'catalogue', comparator: 'decrease', value: 5, planTargetId: null });
    expect(body.unlinkedPlanTargets).toEqual([]);
  });

  it('answers one indicator with its months and regions, and its records as JSON and Excel', async () => {
    const detail = (await viewer.get('/api/indicators/air_good_days_ratio?year=2023')).json();
    expect(detail.monthly).toHaveLength(12);
    expect(detail.regions).toHaveLength(9);
    expect(detail.standardClause).toContain('HJ 633-2012');
    const records = await viewer.get(
      '/api/indicators/food_pass_rate/records?year=2023&region=622901&period=2023-05&page=1&pageSize=5&result=failed',
    );
    expect(records.statusCode).toBe(200);
    expect(records.json()).toMatchObject({
      code: 'food_pass_rate',
      total: 0,
      counts: { passed: 0, failed: 0, excluded: 0 },
      rows: [],
    });
    expect(records.json().columns.length).toBeGreaterThan(0);
    const xlsx = await viewer.get('/api/indicators/food_pass_rate/records.xlsx?year=2023&period=2023-Q1');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(String(xlsx.headers['content-disposition'])).toContain("filename*=UTF-8''");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['明细', '说明']);
    expect(wb.getWorksheet('明细')?.getRow(1).getCell(5).value).toBe('计入情况');
  });

  it('serves the AQI calendar, the water sites and the catalogue', async () => {
    const air = await viewer.get('/api/air/daily?year=2023&region=622901');
    expect(air.statusCode).toBe(200);
    expect(air.json()).toMatchObject({ year: 2023, region: '622901', items: [] });
    const water = await viewer.get('/api/water/sites?year=2023&period=2023-YTD');
    expect(water.statusCode).toBe(200);
    expect(water.json().periodInfo.kind).toBe('ytd');
    const cat = (await viewer.get('/api/indicators-catalogue')).json();
    expect(cat.items.map((d: { row: number }) => d.row)).toEqual(
      expect.arrayContaining(Array.from({ length: 27 }, (_, i) => i + 1)),
    );
  });

  it('answers bad input with stable codes', async () => {
    const cases: [string, number, string][] = [
      ['/api/indicators/no_such?year=2023', 404, 'INDICATOR_NOT_FOUND'],
      ['/api/indicators?year=2023&region=999999', 404, 'REGION_NOT_FOUND'],
      ['/api/indicators?year=2023&period=2023-13', 400, 'PERIOD_INVALID'],
      ['/api/indicators?year=2023&region=62290', 400, 'VALIDATION_FAILED'],
      ['/api/indicators/food_pass_rate/records?year=2023&result=maybe', 400, 'VALIDATION_FAILED'],
    ];
    for (const [url, status, code] of cases) {
      const res = await viewer.get(url);
      expect(res.statusCode, url).toBe(status);
      expect(res.json().error.code, url).toBe(code);
    }
  });

  it('serves an unchanged board from one serialization and a changed one at once', async () => {
    const url = '/api/indicators?year=2023&region=622900&period=2023-03';
    const first = await viewer.get(url);
    const again = await viewer.get(url);
    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(first.body);
    const food = (body: string) =>
      JSON.parse(body).items.find((i: { code: string }) => i.code === 'food_pass_rate').denominator;
    // As an importer writes: the rows and the table's data version in one transaction.
    await t.services.store.transaction(async (r) => {
      const rows = foodRows(4, { region: '622901', date: '2023-03-20' }).map((x, i) => ({
        ...x,
        natural_key: `r-${i}`,
      }));
      await r.records.upsert(RECORD_TABLES.food, rows);
      await r.indicators.bumpDataVersion(['food_samples']);
    });
    const after = await viewer.get(url);
    expect(food(after.body)).toBe(food(first.body) + 4);
  });
});
