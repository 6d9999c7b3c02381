// HJ 633 breakpoint tables, AQI levels/categories/colours and health advice, transcribed from
// HJ 633—2012 (Table 1, Table 2, Appendix A; MEE 发布稿) and HJ 633—2026 (Table 1, Table 3,
// Appendix A Table A.1; MEE PDF, effective 2026-03-01) via shared/standards/aqi_hj633.json.
// The two editions differ only in PM10 (IAQI 100 at 120 instead of 150) and PM2.5 (IAQI 100 at
// 60 instead of 75); the over-range rules live in hj633-aqi.ts.
import type { Hj633Version } from './standard-versions.ts';

/** IAQI values at the breakpoints, in order (HJ 633—2012 Table 1 / HJ 633—2026 Table 3). */
export const IAQI_LEVELS = [0, 50, 100, 150, 200, 300, 400, 500] as const;

/**
 * A breakpoint column: concentration limits BP at IAQI_LEVELS[0..n). SO2_1h stops at IAQI 200
 * and O3_8h at IAQI 300 (see the >800 μg/m³ rules).
 */
export type BreakpointColumn =
  | 'SO2_24h'
  | 'SO2_1h'
  | 'NO2_24h'
  | 'NO2_1h'
  | 'CO_24h'
  | 'CO_1h'
  | 'O3_1h'
  | 'O3_8h'
  | 'PM10_24h'
  | 'PM2.5_24h';

export interface BreakpointColumnSpec {
  readonly unit: 'μg/m³' | 'mg/m³';
  readonly averaging: string;
  readonly bp: readonly number[];
}

const COMMON_COLUMNS = {
  SO2_24h: { unit: 'μg/m³', averaging: '24小时平均', bp: [0, 50, 150, 475, 800, 1600, 2100, 2620] },
  SO2_1h: { unit: 'μg/m³', averaging: '1小时平均(实时报)', bp: [0, 150, 500, 650, 800] },
  NO2_24h: { unit: 'μg/m³', averaging: '24小时平均', bp: [0, 40, 80, 180, 280, 565, 750, 940] },
  NO2_1h: { unit: 'μg/m³', averaging: '1小时平均(实时报)', bp: [0, 100, 200, 700, 1200, 2340, 3090, 3840] },
  CO_24h: { unit: 'mg/m³', averaging: '24小时平均', bp: [0, 2, 4, 14, 24, 36, 48, 60] },
  CO_1h: { unit: 'mg/m³', averaging: '1小时平均(实时报)', bp: [0, 5, 10, 35, 60, 90, 120, 150] },
  O3_1h: { unit: 'μg/m³', averaging: '1小时平均', bp: [0, 160, 200, 300, 400, 800, 1000, 1200] },
  O3_8h: { unit: 'μg/m³', averaging: '8小时滑动平均', bp: [0, 100, 160, 215, 265, 800] },
} as const satisfies Record<string, BreakpointColumnSpec>;

export const HJ633_BREAKPOINTS: Readonly<
  Record<Hj633Version, Readonly<Record<BreakpointColumn, BreakpointColumnSpec>>>
> = {
  // HJ 633—2012 Table 1.
  'HJ 633-2012': {
    ...COMMON_COLUMNS,
    PM10_24h: { unit: 'μg/m³', averaging: '24小时平均', bp: [0, 50, 150, 250, 350, 420, 500, 600] },
    'PM2.5_24h': { unit: 'μg/m³', averaging: '24小时平均', bp: [0, 35, 75, 115, 150, 250, 350, 500] },
  },
  // HJ 633—2026 Table 3; the PM 日平均 columns are also used for PM 1-hour values (formula (1) note).
  'HJ 633-2026': {
    ...COMMON_COLUMNS,
    PM10_24h: {
      unit: 'μg/m³',
      averaging: '日平均(实时报的1小时平均也用此列)',
      bp: [0, 50, 120, 250, 350, 420, 500, 600],
    },
    'PM2.5_24h': {
      unit: 'μg/m³',
      averaging: '日平均(实时报的1小时平均也用此列)',
      bp: [0, 35, 60, 115, 150, 250, 350, 500],
    },
  },
};

export type AqiLevel = '一级' | '二级' | '三级' | '四级' | '五级' | '六级';
export type AqiCategoryName = '优' | '良' | '轻度污染' | '中度污染' | '重度污染' | '严重污染';

export interface AqiCategory {
  readonly level: AqiLevel;
  readonly category: AqiCategoryName;
  /** Inclusive AQI range; the top level is open-ended. */
  readonly range: readonly [number, number | null];
  readonly colour: '绿色' | '黄色' | '橙色' | '红色' | '紫色' | '褐红色';
  readonly rgb: readonly [number, number, number];
  readonly hex: string;
  readonly cmyk: readonly [number, number, number, number];
  readonly healthEffects: string;
  readonly advice: string;
}

// Appendix A colours are identical in both editions (2012 Appendix A, 2026 Table A.1).
const COLOURS = [
  { colour: '绿色', rgb: [0, 228, 0], hex: '#00E400', cmyk: [40, 0, 100, 0] },
  { colour: '黄色', rgb: [255, 255, 0], hex: '#FFFF00', cmyk: [0, 0, 100, 0] },
  { colour: '橙色', rgb: [255, 126, 0], hex: '#FF7E00', cmyk: [0, 52, 100, 0] },
  { colour: '红色', rgb: [255, 0, 0], hex: '#FF0000', cmyk: [0, 100, 100, 0] },
  { colour: '紫色', rgb: [153, 0, 76], hex: '#99004C', cmyk: [10, 100, 40, 30] },
  { colour: '褐红色', rgb: [126, 0, 35], hex: '#7E0023', cmyk: [30, 100, 100, 30] },
] as const;

const LEVELS = [
  { level: '一级', category: '优', range: [0, 50] },
  { level: '二级', category: '良', range: [51, 100] },
  { level: '三级', category: '轻度污染', range: [101, 150] },
  { level: '四级', category: '中度污染', range: [151, 200] },
  { level: '五级', category: '重度污染', range: [201, 300] },
  { level: '六级', category: '严重污染', range: [301, null] },
] as const;

// HJ 633—2012 Table 2 health effects and advice.
const ADVICE_2012 = [
  ['空气质量令人满意，基本无空气污染', '各类人群可正常活动'],
  ['空气质量可接受，但某些污染物可能对极少数异常敏感人群健康有较弱影响', '极少数异常敏感人群应减少户外活动'],
  [
    '易感人群症状有轻度加剧，健康人群出现刺激症状',
    '儿童、老年人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼',
  ],
  [
    '进一步加剧易感人群症状，可能对健康人群心脏、呼吸系统有影响',
    '儿童、老年人及心脏病、呼吸系统疾病患者避免长时间、高强度的户外锻练，一般人群适量减少户外运动',
  ],
  [
    '心脏病和肺病患者症状显著加剧，运动耐受力降低，健康人群普遍出现症状',
    '儿童、老年人和心脏病、肺病患者应停留在室内，停止户外运动，一般人群减少户外运动',
  ],
  [
    '健康人群运动耐受力降低，有明显强烈症状，提前出现某些疾病',
    '儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动',
  ],
] as const;

// HJ 633—2026 Table 1 health effects and advice. Doubt (aqi_hj633.json): transcribed visually
// from a scanned PDF; the numbers are certain, the prose may differ in punctuation — re-check
// against the MEE text before displaying it verbatim.
const ADVICE_2026 = [
  ['空气质量令人满意，基本无空气污染', '各类人群可正常活动'],
  ['空气质量可接受，但某些污染物可能对极少数异常敏感人群健康有较弱影响', '极少数异常敏感人群应减少户外活动'],
  [
    '敏感人群症状有轻度加剧，健康人群出现刺激症状',
    '青少年儿童、老年人及心血管系统疾病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼',
  ],
  [
    '进一步加剧敏感人群症状，可能对健康人群心血管系统、呼吸系统有影响',
    '青少年儿童、老年人及心血管系统疾病、呼吸系统疾病患者避免长时间、高强度的户外锻炼，一般人群适量减少户外运动',
  ],
  [
    '心血管系统和呼吸系统患者症状显著加剧，运动耐受力降低，健康人群普遍出现症状',
    '青少年儿童、老年人和心血管系统疾病、呼吸系统疾病患者应停留在室内，停止户外运动，一般人群减少户外运动',
  ],
  [
    '健康人群运动耐受力降低，有明显强烈症状，提前出现某些疾病',
    '青少年儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动',
  ],
] as const;

function buildCategories(advice: readonly (readonly [string, string])[], firstLow: number): readonly AqiCategory[] {
  return LEVELS.map((l, i) => {
    const c = COLOURS[i];
    const a = advice[i];
    if (c === undefined || a === undefined) throw new Error('HJ 633 category tables out of step');
    return {
      level: l.level,
      category: l.category,
      range: [i === 0 ? firstLow : l.range[0], l.range[1]] as const,
      colour: c.colour,
      rgb: c.rgb,
      hex: c.hex,
      cmyk: c.cmyk,
      healthEffects: a[0],
      advice: a[1],
    };
  });
}

export const HJ633_CATEGORIES: Readonly<Record<Hj633Version, readonly AqiCategory[]>> = {
  'HJ 633-2012': buildCategories(ADVICE_2012, 0),
  // HJ 633—2026 §4.1.1: the AQI range is 1～500, Table 1 first row 1～50.
  'HJ 633-2026': buildCategories(ADVICE_2026, 1),
};

/** HJ 633—2026 Table 2: sensitive groups named for a pollutant whose IAQI exceeds 100. */
export const HJ633_2026_SENSITIVE_GROUPS = {
  SO2: '患有哮喘的人、青少年儿童以及老年人',
  NO2: '患有呼吸系统疾病（如哮喘）的人、青少年儿童以及老年人',
  CO: '患有心血管系统疾病的人',
  O3: '患有呼吸系统疾病（如哮喘）的人、青少年儿童、户外活动频繁的人以及老年人',
  PM10: '患有心血管系统疾病或呼吸系统疾病（如哮喘）的人、青少年儿童、户外活动频繁的人以及老年人',
  'PM2.5': '患有心血管系统疾病或呼吸系统疾病（如哮喘）的人、青少年儿童、户外活动频繁的人以及老年人',
} as const;
