import { describe, expect, it } from 'vitest';
import { gb3095Limit } from './gb3095-limits.ts';
import { gb3095PhaseFor } from './standard-versions.ts';

describe('GB 3095 limits by date', () => {
  it('phases: 2012 until 2026-02-28, 2026 transitional until 2030-12-31, final from 2031', () => {
    expect(gb3095PhaseFor('2026-02-28')).toBe('GB 3095-2012');
    expect(gb3095PhaseFor('2026-03-01')).toBe('GB 3095-2026 过渡阶段');
    expect(gb3095PhaseFor('2030-12-31')).toBe('GB 3095-2026 过渡阶段');
    expect(gb3095PhaseFor('2031-01-01')).toBe('GB 3095-2026');
  });

  // [pollutant, averaging, class-2 limit 2012, 2026 transitional, 2026 final] — GB 3095 Table 1.
  const rows = [
    ['SO2', 'annual', 60, 60, 20],
    ['SO2', '24h', 150, 150, 50],
    ['SO2', '1h', 500, 500, 150],
    ['NO2', 'annual', 40, 40, 30],
    ['NO2', '24h', 80, 80, 50],
    ['NO2', '1h', 200, 200, 200],
    ['CO', '24h', 4, 4, 4],
    ['CO', '1h', 10, 10, 10],
    ['O3', 'max8h', 160, 160, 160],
    ['O3', '1h', 200, 200, 200],
    ['PM10', 'annual', 70, 60, 50],
    ['PM10', '24h', 150, 120, 100],
    ['PM2.5', 'annual', 35, 30, 25],
    ['PM2.5', '24h', 75, 60, 50],
  ] as const;
  for (const [p, avg, l12, l26t, l26] of rows) {
    it(`${p} ${avg} Class 2`, () => {
      expect(gb3095Limit(p, avg, '2023-01-01').value).toBe(l12);
      expect(gb3095Limit(p, avg, '2027-01-01').value).toBe(l26t);
      expect(gb3095Limit(p, avg, '2031-06-01').value).toBe(l26);
    });
  }

  it('Class 1 limits', () => {
    expect(gb3095Limit('PM2.5', 'annual', '2023-01-01', 1).value).toBe(15);
    expect(gb3095Limit('PM2.5', '24h', '2031-01-01', 1).value).toBe(25);
    expect(gb3095Limit('PM2.5', 'annual', '2031-01-01', 1).value).toBe(10);
    expect(gb3095Limit('O3', 'max8h', '2023-01-01', 1).value).toBe(100);
  });

  it('names its source and unit; refuses an averaging time the table lacks', () => {
    expect(gb3095Limit('CO', '24h', '2026-03-01')).toEqual({
      standard: 'GB 3095-2026 过渡阶段',
      pollutant: 'CO',
      averaging: '24h',
      zoneClass: 2,
      value: 4,
      unit: 'mg/m³',
    });
    expect(() => gb3095Limit('CO', 'annual', '2023-01-01')).toThrow(RangeError);
  });
});
