import { describe, expect, it } from 'vitest';
import { DEFAULT_ORG } from '../org/default-org.ts';
import type { Cell } from './cell.ts';
import { FORMULA_WITHOUT_RESULT } from './cell.ts';
import { ImportValidator, type ValidatorOptions } from './import-validator.ts';
import { KIND_IDS, type KindId } from './kind-spec.ts';
import { KINDS } from './kinds/index.ts';
import { type RegionRef, regionMatcher } from './region-matcher.ts';
import { BAD_CODE, GOOD_CODE, type Rows, SAMPLES, sampleRowCount } from './samples.test-support.ts';

const regions: RegionRef[] = [
  { ...DEFAULT_ORG.prefecture, level: 'prefecture' },
  ...DEFAULT_ORG.counties.map((c) => ({ ...c, level: 'county' as const })),
];

function validate(kind: KindId, rows: Rows, opts: Partial<ValidatorOptions> & { sheet?: string } = {}) {
  const v = new ImportValidator(KINDS[kind], {
    fileName: 'f.xlsx',
    regions: regionMatcher(regions),
    year: 2023,
    defaultDate: null,
    today: '2023-09-01',
    scopeRegion: null,
    ...opts,
  });
  v.startSheet(opts.sheet ?? 'Sheet1');
  for (const [i, r] of rows.entries()) v.row(i + 1, r as Cell[]);
  return v;
}

const messages = (v: ImportValidator) => v.errors.items.map((p) => `${p.row}:${p.column ?? ''}:${p.message}`);

describe('every kind', () => {
  it.each(KIND_IDS)('%s: the sample table validates cleanly', (kind) => {
    const v = validate(kind, SAMPLES[kind]);
    expect(messages(v)).toEqual([]);
    expect(v.rows).toBe(sampleRowCount(kind));
    expect(v.records).toHaveLength(sampleRowCount(kind));
    for (const r of v.records) {
      expect(r.key.length).toBeGreaterThan(0);
      for (const value of Object.values(r.values)) expect(value === undefined).toBe(false);
    }
  });

  it.each(KIND_IDS)('%s: a copied row is a duplicate naming the first row', (kind) => {
    const rows = SAMPLES[kind];
    const last = rows[rows.length - 1] ?? [];
    const v = validate(kind, [...rows, last]);
    expect(v.errors.items).toEqual([
      { file: 'f.xlsx', row: rows.length + 1, message: expect.stringContaining(`与第 ${rows.length} 行重复`) },
    ]);
    expect(v.records).toHaveLength(rows.length - (kind === 'food' ? 2 : 1));
  });

  it.each(KIND_IDS)('%s: a table without the required columns says which are missing', (kind) => {
    const spec = KINDS[kind];
    const required = spec.fields.filter((f) => f.required);
    const header = (SAMPLES[kind].find((r) => r.length > 2) ?? []) as string[];
    const firstRequired = required[0];
    if (!firstRequired) return;
    const cut = header.map((h) => (h === firstRequired.header ? '无关列' : h));
    const v = validate(kind, [cut, ...SAMPLES[kind].slice(SAMPLES[kind].indexOf(header) + 1)]);
    expect(v.headerFound).toBe(true);
    expect(v.errors.items[0]).toMatchObject({
      row: 1,
      column: firstRequired.header,
      message: `缺少必填列「${firstRequired.header}」`,
    });
    expect(v.records).toEqual([]);
  });
});

describe('food', () => {
  it('finds the header under a title row and reads a 不合格 list', () => {
    const v = validate('food', SAMPLES.food);
    const [a, b, c] = v.records.map((r) => r.values);
    expect(a).toMatchObject({
      passed: 0,
      sampling_type: '监督抽检',
      region_code: '622922',
      date: '2023-06-10',
      sampled_unit_name: '康乐县某超市',
    });
    expect(JSON.parse(String(a?.failed_items_json))).toEqual([
      { item: '菌落总数', result: '2.1×10⁵CFU/g', limit: '≤1.0×10⁴CFU/g' },
      { item: '大肠菌群', result: '<10CFU/g', limit: '≤10CFU/g' },
    ]);
    expect(b).toMatchObject({ region_code: '622926', batch: '2023/4/2' });
    expect(c).toMatchObject({ region_code: '622927' });
    expect(v.records[0]?.key).toMatch(/^h:[0-9a-f]{32}$/);
  });

  it('reads a 合格 list (no failed-items column) as passed, and 风险监测 from the file name', () => {
    const rows = [
      [
        '序号',
        '标称生产企业名称',
        '被抽样单位名称',
        '被抽样单位地址',
        '食品名称',
        '生产日期/批号',
        '公告号',
        '抽样日期',
      ],
      [1, '某厂', '和政县某店', '和政县城关镇', '食醋', '2023-01-01', '第1期', '2023-03-01'],
    ];
    const v = validate('food', rows, { fileName: '2023年风险监测合格产品信息.xlsx' });
    expect(messages(v)).toEqual([]);
    expect(v.records[0]?.values).toMatchObject({
      passed: 1,
      sampling_type: '风险监测',
      date: '2023-03-01',
      region_code: '622925',
    });
    const plain = validate('food', rows, { fileName: '合格产品信息.xlsx' });
    expect(plain.records[0]?.values.sampling_type).toBe('监督抽检');
  });

  it('uses the sample number as key, a 检验结论 column over the list type, and split item columns', () => {
    const rows = [
      [
        '抽样编号',
        '被抽样单位名称',
        '被抽样单位地址',
        '食品名称',
        '不合格项目',
        '检验结果',
        '标准值',
        '检验结论',
        '抽样日期',
      ],
      ['DC23620000001', '甲店', '临夏市', '酱油', '', '', '', '合格', '2023-04-01'],
      [
        'DC23620000002',
        '乙店',
        '临夏市',
        '醋',
        '总酸\n菌落总数',
        '3.0g/100mL\n5000CFU/mL',
        '≥3.5g/100mL\n≤1000CFU/mL',
        '不合格',
        '2023-04-02',
      ],
    ];
    const v = validate('food', rows);
    expect(messages(v)).toEqual([]);
    expect(v.records.map((r) => r.key)).toEqual(['no:dc23620000001', 'no:dc23620000002']);
    expect(v.records[0]?.values.passed).toBe(1);
    expect(JSON.parse(String(v.records[1]?.values.failed_items_json))).toEqual([
      { item: '总酸', result: '3.0g/100mL', limit: '≥3.5g/100mL' },
      { item: '菌落总数', result: '5000CFU/mL', limit: '≤1000CFU/mL' },
    ]);
  });

  it('keeps rows that cannot be placed, with a warning', () => {
    const rows = [
      ['被抽样单位名称', '被抽样单位所在省份', '食品名称', '公告日期'],
      ['兰州某超市', '甘肃', '饼干', '2023-06-01'],
    ];
    const v = validate('food', rows);
    expect(messages(v)).toEqual([]);
    expect(v.records[0]?.region).toBeNull();
    expect(v.warnings.items).toEqual([
      {
        file: 'f.xlsx',
        row: 2,
        column: '被抽样单位所在省份',
        message: expect.stringContaining('无法从「甘肃」确定所属县市'),
      },
    ]);
  });

  it('reports every problem of every row, not just the first', () => {
    const rows = [
      ['被抽样单位名称', '食品名称', '公告日期', '标称生产企业统一社会信用代码', '不合格项目║检验结果║标准值'],
      ['', '饼干', '2022-12-31', BAD_CODE, '铅║1║0.5'],
      ['甲店', '', '2023-02-30', GOOD_CODE, ''],
      ['乙店', '面包', '', GOOD_CODE, '铅║1║0.5'],
    ];
    const v = validate('food', rows);
    expect(messages(v)).toEqual([
      '2:被抽样单位名称:不能为空',
      '2:公告日期:日期 2022-12-31 不在 2023 年内',
      expect.stringMatching(/^2:标称生产企业统一社会信用代码:统一社会信用代码「.*」无效:校验码错误/),
      '3:食品名称:不能为空',
      '3:不合格项目║检验结果║标准值:不合格产品信息中不合格项目不能为空',
      '3:公告日期:日期不存在或超出范围:「2023-02-30」',
      '4:公告日期:缺少日期:请填写抽样日期或公告日期,或在导入时指定公告日期',
    ]);
    expect(v.records).toEqual([]);
  });

  it('uses the date given at import for rows without one', () => {
    const rows = [
      ['被抽样单位名称', '被抽样单位地址', '食品名称'],
      ['甲店', '临夏县', '饼干'],
    ];
    expect(validate('food', rows, { defaultDate: '2023-07-01' }).records[0]?.values.date).toBe('2023-07-01');
  });

  it('skips the published disclaimer, 合计 rows and repeated headers', () => {
    const header = SAMPLES.food[1] as unknown[];
    const rows = [
      ...SAMPLES.food,
      header,
      ['以下信息仅指本次抽检标称的生产企业相关产品的生产日期/批号和所检项目'],
      ['合计', '', '', '', '', '', '', '', '', '', '', '', '', '', '', 3],
    ];
    const v = validate('food', rows);
    expect(messages(v)).toEqual([]);
    expect(v.rows).toBe(3);
  });

  it('reports formula cells without a cached result and Excel error values', () => {
    const rows: Rows = [
      ['被抽样单位名称', '被抽样单位地址', '食品名称', '公告日期'],
      ['甲店', '临夏县', { error: FORMULA_WITHOUT_RESULT }, '2023-06-01'],
      ['乙店', '临夏县', '饼干', { error: '#DIV/0!' }],
    ];
    expect(messages(validate('food', rows))).toEqual([
      '2:食品名称:公式单元格没有保存计算结果:请在 Excel 中打开文件、重新计算并保存后再导入',
      '3:公告日期:单元格为错误值 #DIV/0!,请更正公式或填写数值',
    ]);
  });

  it('lets a county user import only its own county', () => {
    const v = validate('food', SAMPLES.food, { scopeRegion: '622922' });
    expect(v.records).toEqual([]);
    expect(v.errors.items).toEqual([
      expect.objectContaining({ row: 4, code: 'FORBIDDEN_SCOPE', message: expect.stringContaining('东乡族自治县') }),
      expect.objectContaining({ row: 5, code: 'FORBIDDEN_SCOPE' }),
    ]);
    expect(validate('food', SAMPLES.food.slice(0, 3), { scopeRegion: '622922' }).records).toHaveLength(1);
  });
});

describe('air', () => {
  const header = ['城市', '站点', '时间', 'SO2', 'NO2', 'PM10', 'CO(mg/m³)', 'O3', 'PM2.5'];

  it('treats —, NA, -99 and blanks as missing', () => {
    const v = validate('air-hourly', SAMPLES['air-hourly']);
    expect(v.records[1]?.values).toMatchObject({
      so2: null,
      no2: null,
      pm10: null,
      co: null,
      o3: 95,
      pm25: 28,
      hour: 14,
    });
    expect(v.records[0]?.values.region_code).toBe('622900');
  });

  it('stores hours by the end of the hour: 00:00 is hour 24 of the day before', () => {
    const v = validate('air-hourly', [
      header,
      ['临夏州', 'A', '2023-05-07 00:00', 8, 20, 60, 0.6, 90, 30],
      ['临夏州', 'A', '2023-05-06 01:00', 8, 20, 60, 0.6, 90, 30],
      ['临夏州', 'A', '2023-05-06 23:00', 8, 20, 60, 0.6, 90, 30],
    ]);
    expect(v.records.map((r) => [r.values.date, r.values.hour])).toEqual([
      ['2023-05-06', 24],
      ['2023-05-06', 1],
      ['2023-05-06', 23],
    ]);
  });

  it('rejects CO in μg/m³, negative and impossible concentrations', () => {
    const v = validate('air-hourly', [
      header,
      ['临夏州', 'A', '2023-05-06 01:00', 8, 20, 60, 800, 90, 30],
      ['临夏州', 'A', '2023-05-06 02:00', -5, 20, 60, 0.6, 90, 30],
      ['临夏州', 'A', '2023-05-06 03:00', 8, 20, 60, 0.6, 90, 2500],
      ['临夏州', 'A', '2022-05-06 04:00', 8, 20, 60, 0.6, 90, 30],
    ]);
    expect(messages(v)).toEqual([
      '2:CO(mg/m³):CO 应以 mg/m³ 填报,800 大于 60,疑似按 μg/m³ 填报(折合 0.8 mg/m³),请换算后再导入',
      '3:SO2:不能为负数(-5)',
      '4:PM2.5:浓度 2500 μg/m³ 超过可能的上限 2000 μg/m³,请核对数值和单位',
      '5:时间:日期 2022-05-06 不在 2023 年内',
    ]);
  });

  it('warns when a reported daily AQI disagrees with HJ 633', () => {
    const v = validate('air-daily', [
      ['日期', '城市', 'AQI', 'SO2', 'NO2', 'PM10', 'CO', 'O3_8h', 'O3_1h', 'PM2.5'],
      ['2023-05-06', '临夏州', 99, 8, 20, 60, 0.6, 90, 120, 30],
    ]);
    expect(messages(v)).toEqual([]);
    expect(v.records[0]?.values.reported_aqi).toBe(99);
    expect(v.warnings.items[0]?.message).toMatch(/报送的 AQI 为 99,按 HJ 633-2012 由浓度计算为 \d+/);
  });
});

describe('water and effluent', () => {
  it('keeps below-detection values as strings in items_json', () => {
    const v = validate('water', SAMPLES.water);
    expect(messages(v)).toEqual([]);
    expect(JSON.parse(String(v.records[0]?.values.items_json))).toEqual({
      pH: 7.8,
      DO: 8.1,
      CODMn: 2.1,
      'NH3-N': 0.12,
      TP: 0.05,
      Hg: '<0.00004',
      Cd: 'ND',
      fecal_coliform: 1100,
    });
    expect(JSON.parse(String(v.records[1]?.values.items_json))).toMatchObject({ 'NH3-N': '<0.025', Hg: '未检出' });
    const eff = validate('effluent', SAMPLES.effluent);
    expect(JSON.parse(String(eff.records[1]?.values.items_json))).toMatchObject({
      'NH3-N': '<0.5',
      water_temperature: 11,
    });
    expect(eff.records[1]?.region).toBe('622922');
  });

  it('rejects negative values, impossible pH and rows with no items', () => {
    const v = validate('water', [
      ['断面名称', '类型', '所在县', '采样日期', 'pH', '氨氮'],
      ['A', '国控断面', '临夏市', '2023-05-06', 15, 0.1],
      ['B', '国控断面', '临夏市', '2023-05-06', 7, -0.1],
      ['C', '国控断面', '临夏市', '2023-05-06', '', '—'],
      ['D', '某种断面', '临夏市', '2023-05-06', 7, 0.1],
    ]);
    expect(messages(v)).toEqual([
      '2:pH:pH 应在 0–14 之间,15 不可能',
      '3:氨氮:测定值不能为负数(-0.1)',
      '4::未填写任何监测项目',
      expect.stringMatching(/^5:类型:「某种断面」不是可选值,应为:国控断面、/),
    ]);
  });
});

describe('other kinds', () => {
  it('product keeps refusals and flags, and checks consumer goods', () => {
    const v = validate('product', SAMPLES.product);
    expect(
      v.records.map((r) => [r.values.result, r.values.level, r.values.product_type, r.values.key_consumer]),
    ).toEqual([
      ['合格', '省抽', 'consumer', 1],
      ['不合格', '州抽', 'industrial', 0],
      ['拒检', '县抽', 'industrial', 0],
    ]);
    const bad = validate('product', [
      ['产品名称', '企业名称', '抽查结果', '抽查类别', '产品类型', '是否重点消费品', '抽查日期'],
      ['水泥', '某厂', '合格', '市抽', '工业品', '是', '2023-05-01'],
      ['水泥', '某厂', '良好', '部抽', '工业品', '', '2023-05-02'],
    ]);
    expect(messages(bad)).toEqual([
      '2:是否重点消费品:工业品不能标记为重点消费品',
      '3:抽查结果:「良好」不是可选值,应为:合格、不合格、拒检、涉嫌无证',
      '3:抽查类别:「部抽」不是可选值,应为:国抽、省抽、州抽、县抽',
    ]);
  });

  it('water-project checks cannot grade a test sampling 优良; project start dates may precede the year', () => {
    const v = validate('water-project-checks', [
      ['项目编号', '类别', '结果', '日期'],
      ['SL-01', '检测抽检', '优良', '2023-06-01'],
    ]);
    expect(messages(v)).toEqual(['2:结果:检测抽检的结果只能是合格或不合格']);
    expect(validate('water-projects', SAMPLES['water-projects']).records[0]?.values.date).toBe('2021-03-01');
  });

  it('sewage months become the first day and a treated volume above the total is a warning', () => {
    const v = validate('sewage', [
      ['县城', '月份', '处理量', '污水总量'],
      ['康乐县', '2023年5月', 50, 40],
    ]);
    expect(v.records[0]?.values).toMatchObject({ date: '2023-05-01', region_code: '622922' });
    expect(v.warnings.items[0]?.message).toContain('处理量 50 大于污水总量 40');
  });

  it('survey items are the columns that are not fields; scores must be 0–100', () => {
    const v = validate('survey', SAMPLES.survey);
    expect(JSON.parse(String(v.records[1]?.values.items_json))).toEqual({ 服务态度: 70, 环境卫生: 75 });
    expect(v.records[2]?.values.weight).toBe(1);
    const bad = validate('survey', [
      ['行业', '日期', '受访者编号', 'Q1'],
      ['餐饮', '2023-08-01', 'R1', 120],
    ]);
    expect(messages(bad)).toEqual(['2::题项「Q1」的得分 120 应在 0–100 之间']);
  });

  it('essential drugs are one 州-wide list keyed by variety', () => {
    const v = validate('essential-drugs', SAMPLES['essential-drugs']);
    expect(v.records.map((r) => [r.key, r.values.in_scope])).toEqual([
      ['阿莫西林', 1],
      ['复方甘草', 1],
      ['青霉素', 0],
    ]);
  });

  it('drug manufacturers are keyed by credit code; registries take the import date when undated', () => {
    const v = validate('drug-manufacturers', [
      ['企业名称', '统一社会信用代码', '是否建立规范化质量控制实验室'],
      ['甲药业', GOOD_CODE, '已建立'],
      ['乙药业', '', '×'],
    ]);
    expect(v.records.map((r) => [r.key, r.values.has_qc_lab, r.values.date])).toEqual([
      [`code:${GOOD_CODE}`, 1, '2023-09-01'],
      ['name:乙药业', 0, '2023-09-01'],
    ]);
  });
});

describe('sheets', () => {
  it('stops a sheet after 1,000 empty rows and says what was left out', () => {
    const v = new ImportValidator(KINDS.sewage, {
      fileName: 'f.xlsx',
      regions: regionMatcher(regions),
      year: null,
      defaultDate: null,
      today: '2023-09-01',
      scopeRegion: null,
    });
    v.startSheet('S');
    v.row(1, ['县城', '月份', '处理量', '污水总量']);
    v.row(2, ['康乐县', '2023-05', 1, 2]);
    expect(v.row(1_000_000, ['永靖县', '2023-05', 1, 2])).toBe('stop');
    expect(v.records).toHaveLength(1);
    expect(v.warnings.items[0]?.message).toContain('连续 1000 行以上为空');
  });

  it('skips a 填写说明 sheet and labels later data sheets', () => {
    const v = new ImportValidator(KINDS.sewage, {
      fileName: 'f.xlsx',
      regions: regionMatcher(regions),
      year: null,
      defaultDate: null,
      today: '2023-09-01',
      scopeRegion: null,
    });
    expect(v.startSheet('填写说明')).toBe(false);
    v.startSheet('5月');
    v.row(1, ['县城', '月份', '处理量', '污水总量']);
    v.row(2, ['康乐县', '2023-05', 1, 2]);
    v.startSheet('6月');
    v.row(1, ['县城', '月份', '处理量', '污水总量']);
    v.row(2, ['康乐县', '2023-05', 1, 2]);
    expect(v.errors.items).toEqual([
      { file: 'f.xlsx「6月」', row: 2, message: expect.stringContaining('与f.xlsx 第 2 行重复') },
    ]);
  });
});
