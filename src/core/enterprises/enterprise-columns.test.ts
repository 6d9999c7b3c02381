import { describe, expect, it } from 'vitest';
import type { Cell } from '../records/cell.ts';
import { ImportValidator } from '../records/import-validator.ts';
import { regionMatcher } from '../records/region-matcher.ts';
import { ENTERPRISE_COLUMNS, registryRowOf } from './enterprise-columns.ts';
import { foldRegistryRows } from './fold-registry-rows.ts';
import { testCreditCode, withWrongCheck } from './test-codes.ts';

const REGIONS = regionMatcher([
  { code: '622900', name: '临夏回族自治州', shortName: '临夏州', level: 'prefecture' },
  { code: '622901', name: '临夏市', shortName: '临夏市', level: 'county' },
  { code: '622923', name: '永靖县', shortName: '永靖', level: 'county' },
]);

function validate(rows: Cell[][]) {
  const v = new ImportValidator(ENTERPRISE_COLUMNS, {
    fileName: '企业名录.xlsx',
    regions: REGIONS,
    year: null,
    defaultDate: null,
    today: '2026-11-28',
    scopeRegion: null,
  });
  v.startSheet('企业名录');
  rows.forEach((cells, i) => {
    v.row(i + 1, cells);
  });
  return v;
}

const HEADER = ['统一社会信用代码', '企业名称', '所在地区', '行业', '许可证', '企业规模'];

describe('enterprise registry rows', () => {
  it('rejects a credit code with a wrong check character, naming the row and column', () => {
    const good = testCreditCode(1);
    const bad = withWrongCheck(testCreditCode(2));
    const v = validate([
      HEADER,
      [good, '临夏金源食品有限公司', '临夏市', '食品生产', '', '小型'],
      [bad, '永靖黄河酒业有限公司', '永靖县', '食品生产', '', ''],
    ]);
    expect(v.errors.count).toBe(1);
    expect(v.errors.items[0]).toMatchObject({ row: 3, column: '统一社会信用代码' });
    expect(v.errors.items[0]?.message).toContain('校验码错误');
  });

  it('reads region, industry synonyms, licences and size; takes the region from the code when none is given', () => {
    const v = validate([
      ['企业名称', '统一社会信用代码', '行业类别', '食品生产许可证编号', '规模'],
      ['临夏金源食品有限公司', testCreditCode(1, '622923'), '食品生产企业', 'SC10662292300012', '小'],
    ]);
    expect(v.errors.count).toBe(0);
    const row = registryRowOf(v.records[0]?.values ?? {});
    expect(row).toMatchObject({
      regionCode: '622923',
      industry: '食品生产',
      size: '小型',
      licences: [{ type: '食品生产许可证', number: 'SC10662292300012' }],
    });
  });

  it('reports a malformed SC number, an unknown industry and an unknown region', () => {
    const v = validate([HEADER, [testCreditCode(1), '甲公司', '兰州市', '挖矿', 'SC123', '']]);
    const columns = v.errors.items.map((p) => p.column).sort();
    expect(columns).toEqual(['许可证', '所在地区', '行业'].sort());
  });

  it('folds two spellings of one registration into one enterprise with an alias', () => {
    const code = testCreditCode(7);
    const v = validate([
      HEADER,
      [code, '临夏州金源食品有限责任公司', '临夏市', '食品生产', '', ''],
      [code, '临夏金源食品厂', '临夏市', '食品生产', 'SC10662290100012', ''],
      [code, '临夏州金源食品有限公司', '', '', '', ''],
    ]);
    expect(v.errors.count).toBe(0);
    const { enterprises, problems } = foldRegistryRows(v.records.map((r) => registryRowOf(r.values)));
    expect(problems).toEqual([]);
    expect(enterprises).toHaveLength(1);
    expect(enterprises[0]).toMatchObject({
      name: '临夏州金源食品有限责任公司',
      aliases: ['临夏金源食品厂'],
      rows: [2, 3, 4],
    });
    expect(enterprises[0]?.licences).toHaveLength(1);
  });

  it('refuses rows of one code that disagree on the region', () => {
    const code = testCreditCode(8);
    const v = validate([
      HEADER,
      [code, '甲公司', '临夏市', '食品生产', '', ''],
      [code, '甲公司', '永靖县', '食品生产', '', ''],
    ]);
    const { problems } = foldRegistryRows(v.records.map((r) => registryRowOf(r.values)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 3, column: '所在地区' });
  });
});
