import { describe, expect, it } from 'vitest';
import { cityDayFromDaily } from './air-days.ts';
import { CATALOGUE, type IndicatorDef, indicatorByCode } from './catalogue.ts';
import { effectiveTarget, evaluateIndicator } from './evaluate.ts';
import { emptyInputs, type IndicatorInputs, lastDataMonth } from './inputs.ts';
import { parseWaterItems } from './measured-values.ts';
import { prepareIndicators, type RegionScope } from './measures.ts';
import { resolvePeriod } from './periods.ts';

const ZHOU: RegionScope = { code: '622900', isPrefecture: true };
const LXS: RegionScope = { code: '622901', isPrefecture: false };
const LXX: RegionScope = { code: '622921', isPrefecture: false };
const def = (code: string) => indicatorByCode(code) as IndicatorDef;
const today = '2023-07-15';
const months = (key: string, last?: string) => resolvePeriod(key, { today, lastDataMonth: last ?? null }).months;

function inputs(): IndicatorInputs {
  const i = emptyInputs(2023, '622900');
  i.food = [
    { region: '622901', month: '2023-01', n: 10, passed: 9 },
    { region: '622921', month: '2023-01', n: 20, passed: 20 },
    { region: null, month: '2023-02', n: 5, passed: 4 },
    { region: '622900', month: '2023-04', n: 5, passed: 5 },
  ];
  i.products = [
    {
      region: '622901',
      month: '2023-03',
      n: 40,
      productType: 'consumer',
      keyConsumer: true,
      localProducer: true,
      level: '省抽',
      result: '合格',
    },
    {
      region: '622901',
      month: '2023-03',
      n: 2,
      productType: 'consumer',
      keyConsumer: true,
      localProducer: true,
      level: '省抽',
      result: '不合格',
    },
    {
      region: '622901',
      month: '2023-03',
      n: 3,
      productType: 'consumer',
      keyConsumer: true,
      localProducer: true,
      level: '省抽',
      result: '拒检',
    },
    {
      region: '622901',
      month: '2023-03',
      n: 7,
      productType: 'industrial',
      keyConsumer: false,
      localProducer: true,
      level: '州抽',
      result: '合格',
    },
  ];
  i.drugSamples = [
    { region: '622901', month: '2023-02', n: 3, variety: '阿莫西林胶囊', kind: '评价性抽检' },
    { region: '622921', month: '2023-05', n: 1, variety: '布洛芬片', kind: '评价抽检' },
    { region: '622921', month: '2023-05', n: 2, variety: '不在目录的药', kind: '评价性抽检' },
  ];
  i.essentialDrugs = ['阿莫西林胶囊', '布洛芬片', '二甲双胍片', '硝苯地平片'];
  i.survey = [
    {
      id: 1,
      region: '622901',
      date: '2023-03-01',
      sector: '餐饮',
      respondent: 'a',
      weight: 1,
      items: { 态度: 80, 效率: 80 },
    },
    { id: 2, region: '622901', date: '2023-03-02', sector: '餐饮', respondent: 'b', weight: 1, items: { 态度: 60 } },
    { id: 3, region: '622921', date: '2023-03-03', sector: '旅游', respondent: 'c', weight: 2, items: { 态度: 90 } },
    { id: 4, region: '622921', date: '2023-03-04', sector: '旅游', respondent: 'd', weight: 1, items: { 态度: 'x' } },
  ];
  i.reported = [
    { id: 1, region: '622901', date: '2023-03-10', code: 'leading_enterprises', value: 2, unit: '家' },
    { id: 2, region: null, date: '2023-05-10', code: 'leading_enterprises', value: 4, unit: '家' },
    { id: 3, region: null, date: '2022-12-20', code: 'certified_products_growth', value: 200, unit: '个' },
    { id: 4, region: null, date: '2023-06-20', code: 'certified_products_growth', value: 215, unit: '个' },
    { id: 5, region: '622901', date: '2023-04-01', code: 'mechanization_level', value: 61, unit: '%' },
    { id: 6, region: null, date: '2023-02-01', code: 'mechanization_level', value: 55, unit: '%' },
  ];
  const section = (id: number, date: string, nh3: number) => ({
    id,
    region: '622923',
    date,
    siteName: '黄河刘家峡',
    siteType: '国控断面',
    waterBody: '河流',
    items: parseWaterItems({ pH: 7.5, 溶解氧: 8, 氨氮: nh3 }),
  });
  i.waterSamples = [section(1, '2023-01-05', 0.4), section(2, '2023-02-05', 1.4)];
  const daily = (date: string, pm10: number, pm25: number) =>
    cityDayFromDaily({
      city: '临夏市',
      region: '622901',
      date,
      so2: 10,
      no2: 20,
      pm10,
      co: 0.5,
      o3_8h: 80,
      o3_1h: 100,
      pm25,
      reportedAqi: null,
    });
  i.airDays = [
    daily('2022-05-01', 100, 50),
    daily('2022-05-02', 100, 50),
    daily('2023-05-01', 90, 40), // PM10 IAQI 70: 良
    daily('2023-05-02', 160, 40), // PM10 IAQI 101: 轻度污染
  ];
  return i;
}

describe('indicator values from monthly aggregates', () => {
  const engine = prepareIndicators(inputs());

  it('food: a county, the 州 with unplaced and 州-level records, quarter and YTD from months', () => {
    const q1 = months('2023-Q1');
    expect(engine.measure(def('food_pass_rate'), LXS, q1)).toMatchObject({ numerator: 9, denominator: 10, value: 90 });
    // 州 Q1 = 9 + 20 + 4 (unplaced) of 10 + 20 + 5 = 33/35.
    const zhou = engine.measure(def('food_pass_rate'), ZHOU, q1);
    expect([zhou.numerator, zhou.denominator]).toEqual([33, 35]);
    expect(zhou.value).toBeCloseTo((33 / 35) * 100, 10);
    // YTD through the last month with data (June, from the reports): the April 州-level batch too.
    expect(
      engine.measure(def('food_pass_rate'), ZHOU, months('2023-YTD', lastDataMonth(engine.inputs) ?? undefined)),
    ).toMatchObject({ numerator: 38, denominator: 40 });
    expect(lastDataMonth(engine.inputs)).toBe('2023-06');
  });

  it('product checks: refusals are excluded; the two product indicators read the same table', () => {
    expect(engine.measure(def('key_consumer_pass_rate'), ZHOU, months('2023'))).toMatchObject({
      numerator: 40,
      denominator: 42,
      excluded: 10,
    });
    expect(engine.measure(def('manufacturing_pass_rate'), LXS, months('2023'))).toMatchObject({
      numerator: 7,
      denominator: 7,
    });
  });

  it('coverage of essential-drug varieties, and its pace towards 100 %', () => {
    const m = engine.measure(def('essential_drug_coverage'), ZHOU, months('2023-YTD', '2023-06'));
    expect(m).toMatchObject({ numerator: 2, denominator: 4, value: 50 });
    const v = evaluateIndicator(
      def('essential_drug_coverage'),
      effectiveTarget(def('essential_drug_coverage'), []),
      m,
      resolvePeriod('2023-YTD', { today, lastDataMonth: '2023-06' }),
      today,
    );
    // 195 of 365 days elapsed on 2023-07-15: 100 × 195/365 = 53.4 % expected; 50 % is behind.
    expect(v.status).toBe('预警');
    expect(v.projection?.expectedByNow).toBeCloseTo(53.42, 2);
    expect(engine.measure(def('essential_drug_coverage'), LXX, months('2023'))).toMatchObject({
      numerator: 1,
      denominator: 4,
    });
  });

  it('evaluation-sampling coverage counts 评价性抽检 samples (either spelling) of in-scope varieties only', () => {
    expect(engine.measure(def('drug_evaluation_coverage'), ZHOU, months('2023'))).toMatchObject({
      numerator: 2,
      denominator: 4,
      value: 50,
    });
    expect(engine.measure(def('drug_evaluation_coverage'), LXX, months('2023'))).toMatchObject({ numerator: 1 });
    expect(engine.measure(def('drug_evaluation_coverage'), ZHOU, months('2023-03'))).toMatchObject({ numerator: 0 });
  });

  it('survey index: weighted mean per sector, the 州 weighted by sample size', () => {
    const m = engine.measure(def('service_satisfaction'), ZHOU, months('2023'));
    // 餐饮: (80 + 60)/2 = 70 over 2 responses; 旅游: 90 over 1 (one invalid response excluded).
    expect(m.breakdown).toEqual([
      { label: '餐饮', records: 2, value: 70 },
      { label: '旅游', records: 1, value: 90 },
    ]);
    expect(m.value).toBeCloseTo((2 * 70 + 1 * 90) / 3, 10);
    expect(m.excluded).toBe(1);
  });

  it('reported values: sums with pace, latest reports, growth against last year', () => {
    expect(engine.measure(def('leading_enterprises'), ZHOU, months('2023'))).toMatchObject({ value: 6, records: 2 });
    expect(engine.measure(def('leading_enterprises'), LXS, months('2023'))).toMatchObject({ value: 2, records: 1 });
    // The 州's own latest report, not a county's.
    expect(engine.measure(def('mechanization_level'), ZHOU, months('2023')).value).toBe(55);
    expect(engine.measure(def('mechanization_level'), LXS, months('2023')).value).toBe(61);
    const g = engine.measure(def('certified_products_growth'), ZHOU, months('2023'));
    expect(g.value).toBeCloseTo(7.5, 10);
    expect(g.comparison).toMatchObject({ current: 215, previous: 200 });
  });

  it('sections by period mean; air good days and PM against the same period last year', () => {
    // Mean NH3-N (0.4 + 1.4)/2 = 0.9 → III: good. February alone: 1.4 → IV.
    expect(engine.measure(def('state_section_rate'), ZHOU, months('2023-Q1'))).toMatchObject({
      numerator: 1,
      denominator: 1,
    });
    expect(engine.measure(def('state_section_rate'), ZHOU, months('2023-02'))).toMatchObject({
      numerator: 0,
      denominator: 1,
    });
    expect(engine.measure(def('state_section_rate'), LXS, months('2023'))).toMatchObject({
      denominator: 0,
      value: null,
    });
    expect(engine.measure(def('air_good_days_ratio'), LXS, months('2023-05'))).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
      standards: ['HJ 633-2012'],
    });
    // PM10: mean 125 against 100 last May: a 25 % rise, i.e. a decrease of −25 %.
    const pm10 = engine.measure(def('pm10_decrease'), LXS, months('2023-05'));
    expect(pm10.value).toBeCloseTo(-25, 10);
    const pm25 = engine.measure(def('pm25_decrease'), ZHOU, months('2023-05'));
    expect(pm25.value).toBeCloseTo(20, 10);
    expect(pm25.comparison).toMatchObject({ current: 40, previous: 50, currentRecords: 2, previousRecords: 2 });
  });

  it('judges every indicator for any region and period without throwing', () => {
    for (const d of CATALOGUE) {
      for (const scope of [ZHOU, LXS, LXX]) {
        for (const key of ['2023-03', '2023-Q2', '2023-YTD', '2023']) {
          const p = resolvePeriod(key, { today, lastDataMonth: '2023-06' });
          const v = evaluateIndicator(d, effectiveTarget(d, []), engine.measure(d, scope, p.months), p, today);
          expect(['达标', '未达标', '预警', '数据不足']).toContain(v.status);
          expect(v.statusReason).toMatch(/[\u4e00-\u9fa5]/);
        }
      }
    }
  });

  it('uses the plan target when linked and the configured PM threshold otherwise', () => {
    const food = def('food_pass_rate');
    const t = effectiveTarget(food, [
      { id: 7, text: '达到98%以上', indicator: '食品安全抽检合格率', comparator: '>=', value: 98, unit: '%' },
    ]);
    expect(t).toMatchObject({ source: 'plan', value: 98, planTargetId: 7, planTargetIds: [7] });
    expect(effectiveTarget(def('pm10_decrease'), [], { pmDecreaseThreshold: 8 })).toMatchObject({
      source: 'catalogue',
      value: 8,
      comparator: 'decrease',
    });
  });
});
