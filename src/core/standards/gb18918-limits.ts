// GB 18918—2002 《城镇污水处理厂污染物排放标准》 Table 1 (basic control items, 最高允许排放浓度
// 日均值) and Table 2 (class-1 pollutants), from the official PDF text via
// shared/standards/wastewater_gb18918.json; mg/L unless noted. Doubt (that file): a 修改单
// effective 2026-03-01 exists and was seen only in part; these are the 2002 numbers, NOT
// verified against it.

export type EffluentGrade = '1A' | '1B' | '2' | '3';
export const EFFLUENT_GRADE_NAMES: Readonly<Record<EffluentGrade, string>> = {
  '1A': '一级A标准',
  '1B': '一级B标准',
  '2': '二级标准',
  '3': '三级标准',
};

export type Gb18918Item =
  | 'COD'
  | 'BOD5'
  | 'SS'
  | 'animal_vegetable_oil'
  | 'petroleum'
  | 'LAS'
  | 'TN'
  | 'NH3-N'
  | 'TP'
  | 'color_dilution_factor'
  | 'pH'
  | 'fecal_coliform'
  | 'total_Hg'
  | 'alkyl_Hg'
  | 'total_Cd'
  | 'total_Cr'
  | 'Cr6+'
  | 'total_As'
  | 'total_Pb';

/** Limit per grade; null = not controlled at that grade ("—" in the table). */
export type GradeLimits = Readonly<Record<EffluentGrade, number | null>>;

export type Gb18918ItemSpec =
  | { item: Gb18918Item; name: string; unit: string; table: 1 | 2; kind: 'max'; limits: GradeLimits; note?: string }
  | {
      item: 'NH3-N';
      name: string;
      unit: string;
      table: 1;
      kind: 'by-water-temperature';
      /** Note ②: outside the brackets for water > 12 ℃, inside for ≤ 12 ℃. */
      above12C: GradeLimits;
      atOrBelow12C: GradeLimits;
    }
  | {
      item: 'TP';
      name: string;
      unit: string;
      table: 1;
      kind: 'by-construction-date';
      /** 2005年12月31日前建设的 */
      builtBefore2006: GradeLimits;
      /** 2006年1月1日起建设的 */
      builtFrom2006: GradeLimits;
    }
  | { item: 'pH'; name: string; unit: string; table: 1; kind: 'range'; range: readonly [number, number] }
  | { item: 'alkyl_Hg'; name: string; unit: string; table: 2; kind: 'not-detected' };

const all = (v: number): GradeLimits => ({ '1A': v, '1B': v, '2': v, '3': v });

export const GB18918_ITEMS: readonly Gb18918ItemSpec[] = [
  // Table 1 (表1 基本控制项目最高允许排放浓度（日均值）).
  // Note ①: grade 3 COD/BOD5 switch to removal rates when influent COD > 350 (≥ 60 %) or BOD > 160 (≥ 50 %).
  {
    item: 'COD',
    name: '化学需氧量(COD)',
    unit: 'mg/L',
    table: 1,
    kind: 'max',
    limits: { '1A': 50, '1B': 60, '2': 100, '3': 120 },
    note: '三级注①',
  },
  {
    item: 'BOD5',
    name: '生化需氧量(BOD5)',
    unit: 'mg/L',
    table: 1,
    kind: 'max',
    limits: { '1A': 10, '1B': 20, '2': 30, '3': 60 },
    note: '三级注①',
  },
  {
    item: 'SS',
    name: '悬浮物(SS)',
    unit: 'mg/L',
    table: 1,
    kind: 'max',
    limits: { '1A': 10, '1B': 20, '2': 30, '3': 50 },
  },
  {
    item: 'animal_vegetable_oil',
    name: '动植物油',
    unit: 'mg/L',
    table: 1,
    kind: 'max',
    limits: { '1A': 1, '1B': 3, '2': 5, '3': 20 },
  },
  {
    item: 'petroleum',
    name: '石油类',
    unit: 'mg/L',
    table: 1,
    kind: 'max',
    limits: { '1A': 1, '1B': 3, '2': 5, '3': 15 },
  },
  {
    item: 'LAS',
    name: '阴离子表面活性剂',
    unit: 'mg/L',
    table: 1,
    kind: 'max',
    limits: { '1A': 0.5, '1B': 1, '2': 2, '3': 5 },
  },
  {
    item: 'TN',
    name: '总氮(以N计)',
    unit: 'mg/L',
    table: 1,
    kind: 'max',
    limits: { '1A': 15, '1B': 20, '2': null, '3': null },
  },
  {
    item: 'NH3-N',
    name: '氨氮(以N计)',
    unit: 'mg/L',
    table: 1,
    kind: 'by-water-temperature',
    above12C: { '1A': 5, '1B': 8, '2': 25, '3': null },
    atOrBelow12C: { '1A': 8, '1B': 15, '2': 30, '3': null },
  },
  {
    item: 'TP',
    name: '总磷(以P计)',
    unit: 'mg/L',
    table: 1,
    kind: 'by-construction-date',
    builtBefore2006: { '1A': 1, '1B': 1.5, '2': 3, '3': 5 },
    builtFrom2006: { '1A': 0.5, '1B': 1, '2': 3, '3': 5 },
  },
  {
    item: 'color_dilution_factor',
    name: '色度(稀释倍数)',
    unit: '稀释倍数',
    table: 1,
    kind: 'max',
    limits: { '1A': 30, '1B': 30, '2': 40, '3': 50 },
  },
  { item: 'pH', name: 'pH', unit: '无量纲', table: 1, kind: 'range', range: [6, 9] },
  {
    item: 'fecal_coliform',
    name: '粪大肠菌群数',
    unit: '个/L',
    table: 1,
    kind: 'max',
    limits: { '1A': 1000, '1B': 10000, '2': 10000, '3': null },
  },
  // Table 2 (表2 部分一类污染物最高允许排放浓度（日均值）), one limit for every grade.
  { item: 'total_Hg', name: '总汞', unit: 'mg/L', table: 2, kind: 'max', limits: all(0.001) },
  { item: 'alkyl_Hg', name: '烷基汞', unit: 'mg/L', table: 2, kind: 'not-detected' },
  { item: 'total_Cd', name: '总镉', unit: 'mg/L', table: 2, kind: 'max', limits: all(0.01) },
  { item: 'total_Cr', name: '总铬', unit: 'mg/L', table: 2, kind: 'max', limits: all(0.1) },
  { item: 'Cr6+', name: '六价铬', unit: 'mg/L', table: 2, kind: 'max', limits: all(0.05) },
  { item: 'total_As', name: '总砷', unit: 'mg/L', table: 2, kind: 'max', limits: all(0.1) },
  { item: 'total_Pb', name: '总铅', unit: 'mg/L', table: 2, kind: 'max', limits: all(0.1) },
];
