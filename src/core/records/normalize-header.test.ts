import { describe, expect, it } from 'vitest';
import { fieldOfHeader } from './header-map.ts';
import { KINDS } from './kinds/index.ts';
import { headerCandidates, normalizeHeader } from './normalize-header.ts';

describe('normalizeHeader', () => {
  it('folds width, spaces, line breaks, separators and required marks', () => {
    expect(normalizeHeader('ＰＭ２．５')).toBe('pm2.5');
    expect(normalizeHeader('被抽样单位\n名称')).toBe('被抽样单位名称');
    expect(normalizeHeader('不合格项目||检验结果||标准值')).toBe('不合格项目|检验结果|标准值');
    expect(normalizeHeader('不合格项目║检验结果║标准值')).toBe('不合格项目|检验结果|标准值');
    expect(normalizeHeader('*食品名称:')).toBe('食品名称');
    expect(normalizeHeader('SO₂')).toBe('so2');
  });

  it('drops bracketed unit suffixes one at a time', () => {
    expect(headerCandidates('O3(8h)(μg/m³)')).toEqual(['o3(8h)(μg/m3)', 'o3(8h)', 'o3']);
    expect(headerCandidates('PM2.5（μg/m³）')).toEqual(['pm2.5(μg/m3)', 'pm2.5']);
  });
});

describe('column synonyms', () => {
  it.each([
    ['food', '抽样单编号', 'sampleNo'],
    ['food', '被抽样单位所在省份', 'sampledUnitAddress'],
    ['food', '不合格项目 ║ 检验结果 ║ 标准值', 'failedItems'],
    ['food', '样品名称', 'productName'],
    ['air-hourly', 'PM2.5(μg/m³)', 'pm25'],
    ['air-hourly', 'CO\n(mg/m³)', 'co'],
    ['air-daily', 'O3-8h(μg/m³)', 'o3_8h'],
    ['air-daily', 'O3(8h)', 'o3_8h'],
    ['air-daily', 'O3', 'o3_1h'],
    ['water', '总磷(以P计)', 'TP'],
    ['water', '氨氮（NH3-N）', 'NH3-N'],
    ['water', '断面名称', 'siteName'],
    ['effluent', 'CODcr', 'COD'],
    ['product', '抽查级别', 'level'],
  ] as const)('%s: 「%s」 is %s', (kind, header, field) => {
    expect(fieldOfHeader(KINDS[kind], header)).toBe(field);
  });

  it('gives every kind distinct fields and no synonym claimed by two fields', () => {
    for (const spec of Object.values(KINDS)) {
      const keys = spec.fields.map((f) => f.key);
      expect(new Set(keys).size, spec.id).toBe(keys.length);
      const owner = new Map<string, string>();
      for (const f of spec.fields) {
        for (const name of [f.header, ...(f.synonyms ?? [])]) {
          const n = normalizeHeader(name);
          const prev = owner.get(n);
          expect(prev === undefined || prev === f.key, `${spec.id}: ${name} → ${prev} and ${f.key}`).toBe(true);
          owner.set(n, f.key);
        }
      }
    }
  });
});
