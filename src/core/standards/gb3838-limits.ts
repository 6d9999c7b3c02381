// GB 3838—2002 《地表水环境质量标准》 Table 1 (24 basic items, classes I–V) and Table 2
// (supplementary items for centralized drinking-water sources), transcribed from the official
// scan (pages 1–3) via shared/standards/water_gb3838.json; units mg/L unless noted.

export type WaterClass = 'I' | 'II' | 'III' | 'IV' | 'V' | '劣V';
/** Best to worst; index = rank. */
export const WATER_CLASSES: readonly WaterClass[] = ['I', 'II', 'III', 'IV', 'V', '劣V'];

export type WaterBody = 'river' | 'lake';

export type Gb3838BasicItem =
  | 'water_temperature'
  | 'pH'
  | 'DO'
  | 'CODMn'
  | 'COD'
  | 'BOD5'
  | 'NH3-N'
  | 'TP'
  | 'TN'
  | 'Cu'
  | 'Zn'
  | 'fluoride'
  | 'Se'
  | 'As'
  | 'Hg'
  | 'Cd'
  | 'Cr6+'
  | 'Pb'
  | 'cyanide'
  | 'volatile_phenol'
  | 'petroleum'
  | 'LAS'
  | 'sulfide'
  | 'fecal_coliform';

export type Gb3838SupplementaryItem = 'sulfate' | 'chloride' | 'nitrate_N' | 'Fe' | 'Mn';

/** Limits for classes I, II, III, IV, V. */
export type ClassLimits = readonly [number, number, number, number, number];

export type Gb3838ItemSpec =
  | { no: number; item: Gb3838BasicItem; name: string; unit: string; kind: 'not-classed'; rule: string }
  | { no: number; item: Gb3838BasicItem; name: string; unit: string; kind: 'range'; range: readonly [number, number] }
  | {
      no: number;
      item: Gb3838BasicItem;
      name: string;
      unit: string;
      /** 'max': value ≤ limit (pollutants); 'min': value ≥ limit (dissolved oxygen). */
      kind: 'max' | 'min';
      limits: ClassLimits;
      /** Total phosphorus: the 湖、库 column for lakes and reservoirs. */
      lakeLimits?: ClassLimits;
      note?: string;
    };

/** GB 3838—2002 Table 1 (表1 地表水环境质量标准基本项目标准限值). */
export const GB3838_TABLE1: readonly Gb3838ItemSpec[] = [
  {
    no: 1,
    item: 'water_temperature',
    name: '水温',
    unit: '℃',
    kind: 'not-classed',
    rule: '人为造成的环境水温变化应限制在：周平均最大温升≤1，周平均最大温降≤2',
  },
  { no: 2, item: 'pH', name: 'pH值', unit: '无量纲', kind: 'range', range: [6, 9] },
  {
    no: 3,
    item: 'DO',
    name: '溶解氧',
    unit: 'mg/L',
    kind: 'min',
    limits: [7.5, 6, 5, 3, 2],
    // Printed "饱和率90%（或7.5）"; a saturation check would need temperature and salinity.
    note: 'Ⅰ类为饱和率90%（或7.5）, 按7.5 mg/L评价',
  },
  { no: 4, item: 'CODMn', name: '高锰酸盐指数', unit: 'mg/L', kind: 'max', limits: [2, 4, 6, 10, 15] },
  { no: 5, item: 'COD', name: '化学需氧量(COD)', unit: 'mg/L', kind: 'max', limits: [15, 15, 20, 30, 40] },
  { no: 6, item: 'BOD5', name: '五日生化需氧量(BOD5)', unit: 'mg/L', kind: 'max', limits: [3, 3, 4, 6, 10] },
  { no: 7, item: 'NH3-N', name: '氨氮(NH3-N)', unit: 'mg/L', kind: 'max', limits: [0.15, 0.5, 1.0, 1.5, 2.0] },
  {
    no: 8,
    item: 'TP',
    name: '总磷(以P计)',
    unit: 'mg/L',
    kind: 'max',
    limits: [0.02, 0.1, 0.2, 0.3, 0.4],
    lakeLimits: [0.01, 0.025, 0.05, 0.1, 0.2],
  },
  {
    no: 9,
    item: 'TN',
    name: '总氮(湖、库,以N计)',
    unit: 'mg/L',
    kind: 'max',
    limits: [0.2, 0.5, 1.0, 1.5, 2.0],
    note: '仅适用于湖、库',
  },
  { no: 10, item: 'Cu', name: '铜', unit: 'mg/L', kind: 'max', limits: [0.01, 1.0, 1.0, 1.0, 1.0] },
  { no: 11, item: 'Zn', name: '锌', unit: 'mg/L', kind: 'max', limits: [0.05, 1.0, 1.0, 2.0, 2.0] },
  { no: 12, item: 'fluoride', name: '氟化物(以F-计)', unit: 'mg/L', kind: 'max', limits: [1.0, 1.0, 1.0, 1.5, 1.5] },
  { no: 13, item: 'Se', name: '硒', unit: 'mg/L', kind: 'max', limits: [0.01, 0.01, 0.01, 0.02, 0.02] },
  { no: 14, item: 'As', name: '砷', unit: 'mg/L', kind: 'max', limits: [0.05, 0.05, 0.05, 0.1, 0.1] },
  { no: 15, item: 'Hg', name: '汞', unit: 'mg/L', kind: 'max', limits: [0.00005, 0.00005, 0.0001, 0.001, 0.001] },
  { no: 16, item: 'Cd', name: '镉', unit: 'mg/L', kind: 'max', limits: [0.001, 0.005, 0.005, 0.005, 0.01] },
  { no: 17, item: 'Cr6+', name: '铬(六价)', unit: 'mg/L', kind: 'max', limits: [0.01, 0.05, 0.05, 0.05, 0.1] },
  { no: 18, item: 'Pb', name: '铅', unit: 'mg/L', kind: 'max', limits: [0.01, 0.01, 0.05, 0.05, 0.1] },
  { no: 19, item: 'cyanide', name: '氰化物', unit: 'mg/L', kind: 'max', limits: [0.005, 0.05, 0.2, 0.2, 0.2] },
  {
    no: 20,
    item: 'volatile_phenol',
    name: '挥发酚',
    unit: 'mg/L',
    kind: 'max',
    limits: [0.002, 0.002, 0.005, 0.01, 0.1],
  },
  { no: 21, item: 'petroleum', name: '石油类', unit: 'mg/L', kind: 'max', limits: [0.05, 0.05, 0.05, 0.5, 1.0] },
  { no: 22, item: 'LAS', name: '阴离子表面活性剂', unit: 'mg/L', kind: 'max', limits: [0.2, 0.2, 0.2, 0.3, 0.3] },
  { no: 23, item: 'sulfide', name: '硫化物', unit: 'mg/L', kind: 'max', limits: [0.05, 0.1, 0.2, 0.5, 1.0] },
  {
    no: 24,
    item: 'fecal_coliform',
    name: '粪大肠菌群',
    unit: '个/L',
    kind: 'max',
    limits: [200, 2000, 10000, 20000, 40000],
  },
];

export interface SupplementarySpec {
  item: Gb3838SupplementaryItem;
  name: string;
  unit: 'mg/L';
  limit: number;
}

/** GB 3838—2002 Table 2 (集中式生活饮用水地表水源地补充项目标准限值), one limit each. */
export const GB3838_TABLE2: readonly SupplementarySpec[] = [
  { item: 'sulfate', name: '硫酸盐(以SO4 2-计)', unit: 'mg/L', limit: 250 },
  { item: 'chloride', name: '氯化物(以Cl-计)', unit: 'mg/L', limit: 250 },
  { item: 'nitrate_N', name: '硝酸盐(以N计)', unit: 'mg/L', limit: 10 },
  { item: 'Fe', name: '铁', unit: 'mg/L', limit: 0.3 },
  { item: 'Mn', name: '锰', unit: 'mg/L', limit: 0.1 },
];

export type WaterQualityGrade = '优' | '良好' | '轻度污染' | '中度污染' | '重度污染';

/** 地表水环境质量评价办法（试行）2011: qualitative grade and colour per class. No RGB is given there. */
export const WATER_CLASS_GRADES: Readonly<Record<WaterClass, { grade: WaterQualityGrade; colour: string }>> = {
  I: { grade: '优', colour: '蓝色' },
  II: { grade: '优', colour: '蓝色' },
  III: { grade: '良好', colour: '绿色' },
  IV: { grade: '轻度污染', colour: '黄色' },
  V: { grade: '中度污染', colour: '橙色' },
  劣V: { grade: '重度污染', colour: '红色' },
};
