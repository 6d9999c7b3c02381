import { describe, expect, it } from 'vitest';
import type { EffluentRecord, WaterSampleRecord } from './inputs.ts';
import { parseEffluentItems, parseWaterItems } from './measured-values.ts';
import {
  classifyAgri,
  classifyConstruction,
  classifyDrinkingSample,
  classifyEffluent,
  classifyFood,
  classifyProductCheck,
  classifySection,
  surveyScore,
} from './record-results.ts';

const water = (items: Record<string, unknown>, over: Partial<WaterSampleRecord> = {}): WaterSampleRecord => ({
  id: 1,
  region: '622901',
  date: '2023-05-10',
  siteName: '水源地',
  siteType: '集中式饮用水水源地',
  waterBody: '河流',
  items: parseWaterItems(items),
  ...over,
});

const effluent = (items: Record<string, unknown>): EffluentRecord => ({
  id: 1,
  region: '622901',
  date: '2023-05-10',
  plantName: '污水处理厂',
  items: parseEffluentItems(items),
});

describe('why a record counts', () => {
  it.each([
    [{ samplingType: '监督抽检', passed: 1 }, 'passed'],
    [{ samplingType: '监督抽检', passed: 0 }, 'failed'],
    [{ samplingType: '风险监测', passed: 0 }, 'excluded'],
  ])('food %j → %s', (r, result) => expect(classifyFood(r).result).toBe(result));

  it.each([
    [
      'key_consumer_pass_rate',
      { productType: 'consumer', keyConsumer: true, localProducer: false, result: '合格' },
      'passed',
    ],
    [
      'key_consumer_pass_rate',
      { productType: 'consumer', keyConsumer: false, localProducer: true, result: '合格' },
      'excluded',
    ],
    [
      'key_consumer_pass_rate',
      { productType: 'consumer', keyConsumer: true, localProducer: true, result: '拒检' },
      'excluded',
    ],
    [
      'manufacturing_pass_rate',
      { productType: 'industrial', keyConsumer: false, localProducer: true, result: '不合格' },
      'failed',
    ],
    [
      'manufacturing_pass_rate',
      { productType: 'industrial', keyConsumer: false, localProducer: false, result: '合格' },
      'excluded',
    ],
    [
      'manufacturing_pass_rate',
      { productType: 'industrial', keyConsumer: false, localProducer: true, result: '涉嫌无证' },
      'excluded',
    ],
  ] as const)('%s %j → %s', (code, r, result) => expect(classifyProductCheck(code, r).result).toBe(result));

  it('agri: routine monitoring of the main categories only; construction: first acceptance of large and medium works', () => {
    expect(classifyAgri({ monitoringType: '例行监测', category: '畜禽产品', passed: 1 }).result).toBe('passed');
    expect(classifyAgri({ monitoringType: '例行监测', category: '食用菌', passed: 1 }).result).toBe('excluded');
    expect(classifyAgri({ monitoringType: '监督抽查', category: '蔬菜', passed: 0 }).result).toBe('excluded');
    expect(classifyConstruction({ size: '中型', attempt: 1, passed: 0 }).result).toBe('failed');
    expect(classifyConstruction({ size: '大型', attempt: 2, passed: 1 }).result).toBe('excluded');
    expect(classifyConstruction({ size: '小型', attempt: 1, passed: 1 }).result).toBe('excluded');
  });

  it('drinking-water source samples by GB 3838 Table 1 (III or better) and Table 2', () => {
    // W04 of worked_examples: NH3-N 1.2 → IV.
    const w04 = { pH: 7.0, 溶解氧: 5.5, 高锰酸盐指数: 5.0, 化学需氧量: 18, 五日生化需氧量: 3.5, 氨氮: 1.2, 总磷: 0.15 };
    expect(classifyDrinkingSample(water(w04))).toMatchObject({ result: 'failed' });
    expect(classifyDrinkingSample(water(w04)).reason).toContain('IV');
    const good = {
      pH: 7.5,
      溶解氧: 7.6,
      高锰酸盐指数: 1.8,
      氨氮: '<0.025',
      总磷: 0.015,
      总氮: 3,
      粪大肠菌群: 50000,
      硫酸盐: 40,
      铁: 0.1,
    };
    // TN and fecal coliform are not used for the class.
    expect(classifyDrinkingSample(water(good)).result).toBe('passed');
    expect(classifyDrinkingSample(water({ ...good, 铁: 0.5 })).reason).toContain('铁');
    expect(classifyDrinkingSample(water({ ...good, 铁: 0.5 })).result).toBe('failed');
    // A detection limit above the Class III limit leaves the verdict open: excluded, with the reason.
    expect(classifyDrinkingSample(water({ ...good, 汞: '<0.001' })).result).toBe('excluded');
    expect(classifyDrinkingSample(water({ ...good, 汞: '未检出' })).result).toBe('passed');
    expect(classifyDrinkingSample(water(good, { siteType: '国控断面' })).result).toBe('excluded');
  });

  it('a section by its period means', () => {
    // NH3-N 0.8 and 1.4 → mean 1.1 → IV; with "<0.05" the mean uses 0.025.
    const a = water({ pH: 7, 溶解氧: 7, 氨氮: 0.8 }, { siteType: '国控断面', siteName: 'S' });
    const b = water({ pH: 7, 溶解氧: 7, 氨氮: 1.4 }, { siteType: '国控断面', siteName: 'S', date: '2023-06-10' });
    const r = classifySection([a, b]);
    expect(r.mean['NH3-N']).toBeCloseTo(1.1, 10);
    expect(r).toMatchObject({ result: 'failed', samples: 2 });
    expect(r.detail?.class).toBe('IV');
    const c = water({ pH: 7, 溶解氧: 7, 氨氮: '<0.05' }, { siteType: '国控断面' });
    const s = classifySection([a, c]);
    expect(s.mean['NH3-N']).toBeCloseTo((0.8 + 0.025) / 2, 10);
    expect(s).toMatchObject({ result: 'passed' });
    // NH3-N 0.4125 ≤ 0.5 and DO 7 ≥ 6: Class II.
    expect(s.detail?.class).toBe('II');
  });

  it('effluent by GB 18918 一级A (worked examples WW01, WW02)', () => {
    const ww01 = {
      COD: 35,
      BOD5: 6,
      SS: 8,
      TN: 12.5,
      氨氮: 4.2,
      总磷: 0.45,
      pH: 7.1,
      粪大肠菌群数: 800,
      水温: 18,
      建设时间: '2010',
    };
    expect(classifyEffluent(effluent(ww01)).result).toBe('passed');
    const ww02 = { COD: 48, BOD5: 9, SS: 12, TN: 14, 氨氮: 6.5, 总磷: 0.8, pH: 6.8, 水温: 9, 建设时间: '2004' };
    const r = classifyEffluent(effluent(ww02));
    expect(r.result).toBe('failed');
    expect(r.reason).toContain('悬浮物');
    // TP 0.8 with no construction date: between the two limits, undecided → excluded.
    expect(classifyEffluent(effluent({ COD: 30, 总磷: 0.8 })).result).toBe('excluded');
  });

  it('scores a survey response as the weighted mean of its items', () => {
    expect(surveyScore({ 服务态度: 80, 办事效率: 60 }).score).toBe(70);
    expect(surveyScore({ 服务态度: { score: 90, weight: 3 }, 环境: { score: 50, weight: 1 } }).score).toBe(80);
    expect(surveyScore({ 服务态度: 120 }).score).toBeNull();
    expect(surveyScore({}).score).toBeNull();
  });
});
