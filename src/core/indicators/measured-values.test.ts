import { describe, expect, it } from 'vitest';
import {
  effluentItemOf,
  meanMeasurement,
  parseEffluentItems,
  parseMeasuredValue,
  parseWaterItems,
  waterItemOf,
} from './measured-values.ts';

describe('measured values as reports write them', () => {
  it.each([
    [7.5, 7.5],
    ['0.12', 0.12],
    [' 1.2e-3 ', 0.0012],
    ['<0.01', { belowDetectionLimit: true, limit: 0.01 }],
    ['＜0.05', { belowDetectionLimit: true, limit: 0.05 }],
    ['0.004L', { belowDetectionLimit: true, limit: 0.004 }],
    ['ND(0.02)', { belowDetectionLimit: true, limit: 0.02 }],
    // No limit stated: below every limit (the methods' limits are below Class I).
    ['未检出', { belowDetectionLimit: true, limit: 0 }],
    ['ND', { belowDetectionLimit: true, limit: 0 }],
    ['', null],
    ['—', null],
    ['-99', null],
    [null, null],
  ])('%j → %j', (raw, expected) => {
    expect(parseMeasuredValue(raw)).toEqual({ ok: true, value: expected });
  });

  it('keeps "未检出" open on request and rejects text it cannot read', () => {
    expect(parseMeasuredValue('未检出', 'undecided')).toEqual({
      ok: true,
      value: { belowDetectionLimit: true, limit: null },
    });
    expect(parseMeasuredValue('超标').ok).toBe(false);
  });

  it('maps Chinese item names and codes to the standards vocabulary', () => {
    expect(waterItemOf('高锰酸盐指数')).toBe('CODMn');
    expect(waterItemOf('氨氮(mg/L)')).toBe('NH3-N');
    expect(waterItemOf('六价铬')).toBe('Cr6+');
    expect(waterItemOf('硝酸盐')).toBe('nitrate_N');
    expect(waterItemOf('pH')).toBe('pH');
    expect(waterItemOf('叶绿素a')).toBeNull();
    expect(effluentItemOf('悬浮物')).toBe('SS');
    expect(effluentItemOf('粪大肠菌群数')).toBe('fecal_coliform');
  });

  it('parses a sample and names what it could not read', () => {
    const w = parseWaterItems({ pH: 7.6, 溶解氧: '8.1', 总磷: '<0.01', 叶绿素a: 3, 铅: 'x' });
    expect(w.values).toEqual({ pH: 7.6, DO: 8.1, TP: { belowDetectionLimit: true, limit: 0.01 } });
    expect(w.unknown).toEqual(['叶绿素a']);
    expect(w.errors.map((e) => e.item)).toEqual(['铅']);
    expect(parseEffluentItems({ COD: 20, 水温: 15 }).waterTemperatureC).toBe(15);
    expect(parseEffluentItems({ COD: 20, water_temperature: 9.5 })).toMatchObject({
      waterTemperatureC: 9.5,
      unknown: [],
    });
  });

  it('averages with half the detection limit, and keeps an all-below-detection mean below detection', () => {
    const bdl = (limit: number) => ({ belowDetectionLimit: true as const, limit });
    // (0.2 + 0.01/2 + 0.1) / 3 = 0.101666…
    expect(meanMeasurement([0.2, bdl(0.01), 0.1]) as number).toBeCloseTo(0.101667, 6);
    expect(meanMeasurement([0.2, bdl(0.01)], 'zero')).toBeCloseTo(0.1, 10);
    expect(meanMeasurement([bdl(0.01), bdl(0.02)])).toEqual(bdl(0.02));
    expect(meanMeasurement([])).toBeNull();
  });
});
