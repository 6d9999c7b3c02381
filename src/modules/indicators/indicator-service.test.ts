import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testEngines } from '../../../test/support/engines.ts';
import { CATALOGUE } from '../../core/indicators/catalogue.ts';
import { DEFAULT_ORG } from '../../core/org/default-org.ts';
import type { DbHandle } from '../../db/connection.ts';
import type { Database } from '../../db/schema.ts';
import { firstStart } from '../../server/bootstrap.ts';
import { createServices } from '../services.ts';
import { createStore } from '../store.ts';
import { type IndicatorService, indicatorService } from './indicator-service.ts';
import { foodRows, insertRecords } from './test-records.ts';

// "Today" is fixed inside 2023 so the year is still running (预警 and pace are possible).
const NOW = new Date('2023-07-15T04:00:00Z');

describe.each(testEngines())('indicator service over records (%s)', (engine) => {
  let handle: DbHandle;
  let k: Kysely<Database>;
  let s: IndicatorService;

  beforeAll(async () => {
    handle = await freshDatabase(engine);
    k = handle.db;
    const services = createServices(createStore(handle.db, handle.engine), {
      org: DEFAULT_ORG,
      auth: { maxFailures: 5, lockMinutes: 15 },
    });
    // Seeds the regions and imports the bundled 2023 plan, whose targets the values are judged against.
    await firstStart(services);
    s = indicatorService(services.store, { now: () => NOW });
    // 临夏市: January 40 (2 failed), February 10 (all passed) + 2 risk-monitoring samples.
    await insertRecords(k, 'food_samples', [
      ...foodRows(40, { region: '622901', date: '2023-01-10', failed: 2 }),
      ...foodRows(10, { region: '622901', date: '2023-02-10' }),
      ...foodRows(2, { region: '622901', date: '2023-02-11', failed: 2, type: '风险监测' }),
      // 临夏县: April 30 (1 failed).
      ...foodRows(30, { region: '622921', date: '2023-04-20', failed: 1 }),
      // Not placed in a county: February 5 (1 failed) — counts for the 州 only.
      ...foodRows(5, { region: null, date: '2023-02-15', failed: 1 }),
      // Another year: never counted for 2023.
      ...foodRows(7, { region: '622901', date: '2022-12-31', failed: 7 }),
    ]);
  });
  afterAll(() => handle.close());

  const item = async (code: string, q: Parameters<IndicatorService['list']>[0]) => {
    const r = await s.list(q);
    const i = r.items.find((x) => x.code === code);
    if (!i) throw new Error(code);
    return { list: r, item: i };
  };

  it('computes a county value from its months', async () => {
    const { item: v } = await item('food_pass_rate', { year: 2023, region: '622901', period: '2023-Q1' });
    // 48 of 50 supervision samples; the two risk-monitoring ones are excluded.
    expect(v).toMatchObject({ numerator: 48, denominator: 50, value: 96, records: 50 });
    // Q1 is over (today 2023-07-15) and 96 % < 97 %.
    expect(v.status).toBe('未达标');
    expect(v.target).toMatchObject({ source: 'plan', value: 97, comparator: '>=' });
    expect(v.interval?.high).toBeGreaterThan(97);
  });

  it('computes the 州 value including records not placed in a county, with the counties beside it', async () => {
    const { item: v, list } = await item('food_pass_rate', { year: 2023, period: '2023-Q1' });
    expect([v.numerator, v.denominator]).toEqual([48 + 4, 50 + 5]);
    expect(list.region).toBe('622900');
    expect(v.byRegion).toHaveLength(8);
    expect(v.byRegion?.find((r) => r.region === '622901')).toMatchObject({
      numerator: 48,
      denominator: 50,
      status: '未达标',
    });
    expect(v.byRegion?.find((r) => r.region === '622923')).toMatchObject({ records: 0, status: '数据不足' });
  });

  it('derives the year to date (through the last month with data) and months from the same aggregates', async () => {
    const ytd = await item('food_pass_rate', { year: 2023, period: '2023-YTD' });
    expect(ytd.list.dataThrough).toBe('2023-04');
    expect(ytd.list.periodInfo).toMatchObject({ label: '2023年1—4月', complete: false });
    expect([ytd.item.numerator, ytd.item.denominator]).toEqual([52 + 29, 55 + 30]);
    const april = await item('food_pass_rate', { year: 2023, region: '622921', period: '2023-04' });
    expect(april.item).toMatchObject({ numerator: 29, denominator: 30 });
    const feb = await item('food_pass_rate', { year: 2023, region: '622921', period: '2023-02' });
    expect(feb.item).toMatchObject({ records: 0, status: '数据不足', value: null });
  });

  it('computes every catalogue indicator and lists plan targets no indicator measures', async () => {
    const r = await s.list({ year: 2023 });
    expect(r.items.map((i) => i.code)).toEqual(CATALOGUE.map((d) => d.code));
    expect(r.plan?.version).toBe(1);
    expect(r.unlinkedPlanTargets).toEqual([]);
    for (const i of r.items) expect(i.statusReason, i.code).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('drills down to exactly the records counted, with why', async () => {
    const all = await s.records('food_pass_rate', {
      year: 2023,
      region: '622901',
      period: '2023-Q1',
      page: 1,
      pageSize: 100,
    });
    expect(all.counts).toEqual({ passed: 48, failed: 2, excluded: 2 });
    expect(all.total).toBe(52);
    expect(all.rows).toHaveLength(52);
    expect(
      all.rows.every((r) => r.region === '622901' && (r.date ?? '') >= '2023-01-01' && (r.date ?? '') <= '2023-03-31'),
    ).toBe(true);
    const failed = await s.records('food_pass_rate', {
      year: 2023,
      region: '622901',
      period: '2023-Q1',
      page: 1,
      pageSize: 10,
      result: 'failed',
    });
    expect(failed.total).toBe(2);
    expect(failed.rows.map((r) => r.reason)).toEqual(['监督抽检不合格', '监督抽检不合格']);
    const excluded = await s.records('food_pass_rate', {
      year: 2023,
      region: '622901',
      period: '2023-Q1',
      page: 1,
      pageSize: 10,
      result: 'excluded',
    });
    expect(excluded.rows[0]?.reason).toContain('风险监测');
    // The 州 drill-down includes the unplaced records; paging is stable.
    const zhou = await s.records('food_pass_rate', { year: 2023, period: '2023-Q1', page: 2, pageSize: 20 });
    expect(zhou.counts).toEqual({ passed: 52, failed: 3, excluded: 2 });
    expect(zhou.rows).toHaveLength(20);
    expect(zhou.rows[0]?.fields).toHaveProperty('product_name');
    // The 州's whole year is read by a scan of its months rather than the date index: same records.
    const year = await s.records('food_pass_rate', { year: 2023, page: 1, pageSize: 5, result: 'failed' });
    expect(year.counts).toEqual({ passed: 48 + 4 + 29, failed: 2 + 1 + 1, excluded: 2 });
    expect(year.rows).toHaveLength(4);
    expect(year.rows.every((r) => r.result === 'failed' && (r.date ?? '').startsWith('2023-'))).toBe(true);
  });

  it('stays current as records arrive; an in-place update shows once the data version is bumped', async () => {
    const before = (await item('food_pass_rate', { year: 2023, region: '622921', period: '2023-04' })).item;
    await insertRecords(k, 'food_samples', foodRows(1, { region: '622921', date: '2023-04-21', failed: 1 }));
    const after = (await item('food_pass_rate', { year: 2023, region: '622921', period: '2023-04' })).item;
    expect([after.numerator, after.denominator]).toEqual([before.numerator ?? 0, (before.denominator ?? 0) + 1]);
    // An importer correcting a result in place: same count, same highest id.
    await k.updateTable('food_samples').set({ passed: 1 }).where('date', '=', '2023-04-21').execute();
    await s.bumpDataVersion();
    const fixed = (await item('food_pass_rate', { year: 2023, region: '622921', period: '2023-04' })).item;
    expect([fixed.numerator, fixed.denominator]).toEqual([(before.numerator ?? 0) + 1, (before.denominator ?? 0) + 1]);
  });

  it('computes water, effluent, air, survey and reported indicators from their tables', async () => {
    await insertRecords(k, 'water_samples', [
      {
        region_code: '622923',
        date: '2023-03-05',
        site_name: '刘家峡水库',
        site_type: '集中式饮用水水源地',
        water_body: '湖库',
        items_json: JSON.stringify({ pH: 7.8, 溶解氧: 8, 高锰酸盐指数: 2.1, 氨氮: '<0.025', 总磷: 0.02, 铁: 0.05 }),
      },
      {
        region_code: '622923',
        date: '2023-04-05',
        site_name: '刘家峡水库',
        site_type: '集中式饮用水水源地',
        water_body: '湖库',
        items_json: JSON.stringify({ pH: 7.8, 溶解氧: 8, 高锰酸盐指数: 2.1, 氨氮: 1.2, 总磷: 0.02 }),
      },
      {
        region_code: '622901',
        date: '2023-03-06',
        site_name: '大夏河折桥',
        site_type: '国控断面',
        water_body: '河流',
        items_json: JSON.stringify({ pH: 7.5, 溶解氧: 7, 氨氮: 0.4, 总磷: 0.08 }),
      },
      {
        region_code: '622901',
        date: '2023-04-06',
        site_name: '大夏河折桥',
        site_type: '国控断面',
        water_body: '河流',
        items_json: JSON.stringify({ pH: 7.5, 溶解氧: 7, 氨氮: 1.4, 总磷: 0.08 }),
      },
    ]);
    await insertRecords(k, 'effluent_samples', [
      {
        region_code: '622901',
        date: '2023-03-01',
        plant_name: '临夏市污水处理厂',
        items_json: JSON.stringify({ COD: 35, BOD5: 6, SS: 8, 氨氮: 4.2, 总磷: 0.45, pH: 7.1 }),
      },
      {
        region_code: '622901',
        date: '2023-03-02',
        plant_name: '临夏市污水处理厂',
        items_json: JSON.stringify({ COD: 55, SS: 8 }),
      },
    ]);
    await insertRecords(k, 'air_daily', [
      {
        region_code: '622901',
        date: '2023-03-01',
        city: '临夏市',
        so2: 10,
        no2: 20,
        pm10: 60,
        co: 0.5,
        o3_8h: 80,
        o3_1h: 100,
        pm25: 30,
        reported_aqi: 55,
      },
      {
        region_code: '622901',
        date: '2023-03-02',
        city: '临夏市',
        so2: 10,
        no2: 20,
        pm10: 180,
        co: 0.5,
        o3_8h: 80,
        o3_1h: 100,
        pm25: 30,
        reported_aqi: null,
      },
      {
        region_code: '622901',
        date: '2022-03-01',
        city: '临夏市',
        so2: 10,
        no2: 20,
        pm10: 150,
        co: 0.5,
        o3_8h: 80,
        o3_1h: 100,
        pm25: 40,
        reported_aqi: null,
      },
    ]);
    await insertRecords(k, 'survey_responses', [
      {
        region_code: '622901',
        date: '2023-03-01',
        sector: '餐饮',
        respondent: 'a',
        items_json: JSON.stringify({ 态度: 80, 效率: 60 }),
        weight: 1,
      },
      {
        region_code: '622921',
        date: '2023-03-01',
        sector: '旅游',
        respondent: 'b',
        items_json: JSON.stringify({ 态度: 90 }),
        weight: 2,
      },
    ]);
    await insertRecords(k, 'reported_values', [
      { region_code: null, date: '2023-03-31', indicator_code: 'leading_enterprises', value: 5, unit: '家' },
      { region_code: '622901', date: '2023-05-31', indicator_code: 'leading_enterprises', value: 2, unit: '家' },
    ]);
    const q1 = await s.list({ year: 2023, period: '2023-Q1' });
    const v = (code: string) => q1.items.find((i) => i.code === code);
    expect(v('drinking_water_rate')).toMatchObject({ numerator: 1, denominator: 1 });
    // March alone: NH3-N 0.4 → II.
    expect(v('state_section_rate')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(v('effluent_1a_rate')).toMatchObject({ numerator: 1, denominator: 2 });
    // PM10 60 → AQI 55 (良); PM10 180 → IAQI 115 (轻度污染).
    expect(v('air_good_days_ratio')).toMatchObject({ numerator: 1, denominator: 2, standard: 'HJ 633-2012' });
    // PM2.5 mean 30 against 40 last March: down 25 %.
    expect(v('pm25_decrease')).toMatchObject({ value: 25 });
    expect(v('service_satisfaction')?.value).toBeCloseTo((70 + 90) / 2, 10);
    expect(v('leading_enterprises')).toMatchObject({ value: 5, records: 1 });
    // Year to date (through May): 7 enterprises by 2023-07-15 is behind the pace to 15 (15 × 195/365 = 8.0);
    // at 7 per 195 days, 15 takes ⌈15/7 × 195⌉ = 418 days from 2023-01-01: 2024-02-22.
    const ytd = (await s.list({ year: 2023, period: '2023-YTD' })).items.find((i) => i.code === 'leading_enterprises');
    expect(ytd).toMatchObject({ value: 7, status: '预警' });
    expect(ytd?.projection?.projectedReachDate).toBe('2024-02-22');

    const h1 = await s.list({ year: 2023, period: '2023-04' });
    expect(h1.items.find((i) => i.code === 'drinking_water_rate')).toMatchObject({ numerator: 0, denominator: 1 });
    expect(h1.items.find((i) => i.code === 'state_section_rate')).toMatchObject({ numerator: 0, denominator: 1 });

    const sites = await s.waterSites({ year: 2023, period: '2023-Q1' });
    expect(sites.items.map((x) => [x.site, x.kind, x.class, x.meets])).toEqual([
      ['刘家峡水库', 'drinking', 'II', true],
      ['大夏河折桥', 'section', 'II', true],
    ]);
    const air = await s.airDaily({ year: 2023 });
    expect(air.items.map((d) => [d.date, d.aqi, d.category, d.aqiMismatch])).toEqual([
      ['2023-03-01', 55, '良', false],
      ['2023-03-02', 115, '轻度污染', false],
    ]);

    const detail = await s.detail('air_good_days_ratio', { year: 2023, region: '622901' });
    expect(detail.monthly).toHaveLength(12);
    expect(detail.monthly[2]).toMatchObject({ month: '2023-03', numerator: 1, denominator: 2 });
    expect(detail.regions.map((r) => r.region)).toEqual([
      '622900',
      '622901',
      '622921',
      '622922',
      '622923',
      '622924',
      '622925',
      '622926',
      '622927',
    ]);

    const rec = await s.records('effluent_1a_rate', { year: 2023, period: '2023-Q1', page: 1, pageSize: 10 });
    expect(rec.counts).toEqual({ passed: 1, failed: 1, excluded: 0 });
    expect(rec.rows.find((r) => r.result === 'failed')?.reason).toContain('化学需氧量');
  });

  it('exports the drill-down as a workbook and rejects unknown indicators, regions and periods', async () => {
    const x = await s.recordsXlsx('food_pass_rate', { year: 2023, region: '622901', period: '2023-Q1' });
    expect(x.bytes.subarray(0, 2).toString()).toBe('PK');
    expect(x.fileName).toContain('食品安全抽检合格率');
    await expect(s.detail('no_such_indicator', { year: 2023 })).rejects.toMatchObject({ code: 'INDICATOR_NOT_FOUND' });
    await expect(s.list({ year: 2023, region: '999999' })).rejects.toMatchObject({ code: 'REGION_NOT_FOUND' });
    await expect(s.list({ year: 2023, period: '2023-Q5' })).rejects.toMatchObject({ code: 'PERIOD_INVALID' });
    await expect(s.list({ year: 2024, period: '2023-Q1' })).rejects.toMatchObject({ code: 'PERIOD_INVALID' });
  });

  it('computes the whole matrix (every indicator × region × period) in one pass', async () => {
    const m = await s.matrix(2023);
    expect(m.values).toHaveLength(CATALOGUE.length * 9 * 18);
    expect(
      m.values.find((v) => v.code === 'food_pass_rate' && v.region === '622901' && v.period === '2023-Q1')?.value,
    ).toBe(96);
  });
});
