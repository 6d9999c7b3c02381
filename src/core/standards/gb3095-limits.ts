// GB 3095 concentration limits (Table 1 basic items, Table 2 other items), transcribed from
// GB 3095—2012 (+2018 修改单; reposted tables, consistent with HJ 633—2012) and GB 3095—2026
// (MEE scan, read at 300 dpi) via shared/standards/air_gb3095.json. GB 3095—2026 has two
// columns per class: 过渡阶段 (2026-03-01…2030-12-31) and the final limits (from 2031-01-01).
// Units: μg/m³, CO mg/m³. A prefecture's urban area is normally Class 2 (二类区).
import { type Gb3095Phase, gb3095PhaseFor } from './standard-versions.ts';

export type Gb3095Pollutant = 'SO2' | 'NO2' | 'CO' | 'O3' | 'PM10' | 'PM2.5' | 'TSP' | 'NOx' | 'Pb' | 'BaP';
/** 年平均, 季平均 (Pb), 24小时平均/日平均, 日最大8小时平均 (O3), 1小时平均. */
export type Gb3095Averaging = 'annual' | 'quarterly' | '24h' | 'max8h' | '1h';
export type ZoneClass = 1 | 2;

type ClassPair = readonly [class1: number, class2: number];
type LimitTable = Readonly<Partial<Record<Gb3095Pollutant, Readonly<Partial<Record<Gb3095Averaging, ClassPair>>>>>>;

const TABLE2_COMMON = {
  TSP: { annual: [80, 200], '24h': [120, 300] },
  Pb: { annual: [0.5, 0.5], quarterly: [1, 1] },
  BaP: { annual: [0.001, 0.001], '24h': [0.0025, 0.0025] },
} as const satisfies LimitTable;

export const GB3095_LIMITS: Readonly<Record<Gb3095Phase, LimitTable>> = {
  // GB 3095—2012 Table 1 and Table 2.
  'GB 3095-2012': {
    SO2: { annual: [20, 60], '24h': [50, 150], '1h': [150, 500] },
    NO2: { annual: [40, 40], '24h': [80, 80], '1h': [200, 200] },
    CO: { '24h': [4, 4], '1h': [10, 10] },
    O3: { max8h: [100, 160], '1h': [160, 200] },
    PM10: { annual: [40, 70], '24h': [50, 150] },
    'PM2.5': { annual: [15, 35], '24h': [35, 75] },
    NOx: { annual: [50, 50], '24h': [100, 100], '1h': [250, 250] },
    ...TABLE2_COMMON,
  },
  // GB 3095—2026 Table 1 过渡阶段 columns; Table 2 NOx "transition until 2030" values.
  'GB 3095-2026 过渡阶段': {
    SO2: { annual: [20, 60], '24h': [50, 150], '1h': [150, 500] },
    NO2: { annual: [40, 40], '24h': [80, 80], '1h': [200, 200] },
    CO: { '24h': [4, 4], '1h': [10, 10] },
    O3: { max8h: [100, 160], '1h': [160, 200] },
    PM10: { annual: [40, 60], '24h': [50, 120] },
    'PM2.5': { annual: [15, 30], '24h': [35, 60] },
    NOx: { annual: [50, 50], '24h': [100, 100], '1h': [250, 250] },
    ...TABLE2_COMMON,
  },
  // GB 3095—2026 Table 1 浓度限值 (final) and Table 2.
  'GB 3095-2026': {
    SO2: { annual: [20, 20], '24h': [50, 50], '1h': [150, 150] },
    NO2: { annual: [30, 30], '24h': [50, 50], '1h': [200, 200] },
    CO: { '24h': [4, 4], '1h': [10, 10] },
    O3: { max8h: [100, 160], '1h': [160, 200] },
    PM10: { annual: [20, 50], '24h': [50, 100] },
    'PM2.5': { annual: [10, 25], '24h': [25, 50] },
    NOx: { annual: [40, 40], '24h': [70, 70], '1h': [250, 250] },
    ...TABLE2_COMMON,
  },
};

export interface Gb3095Limit {
  /** The standard and phase the limit comes from. */
  standard: Gb3095Phase;
  pollutant: Gb3095Pollutant;
  averaging: Gb3095Averaging;
  zoneClass: ZoneClass;
  value: number;
  unit: 'μg/m³' | 'mg/m³';
}

/** The limit in force on `date` for a pollutant/averaging time; Class 2 unless told. */
export function gb3095Limit(
  pollutant: Gb3095Pollutant,
  averaging: Gb3095Averaging,
  date: string,
  zoneClass: ZoneClass = 2,
): Gb3095Limit {
  const standard = gb3095PhaseFor(date);
  const pair = GB3095_LIMITS[standard][pollutant]?.[averaging];
  if (pair === undefined) throw new RangeError(`${standard} 未规定 ${pollutant} 的 ${averaging} 限值`);
  return {
    standard,
    pollutant,
    averaging,
    zoneClass,
    value: zoneClass === 1 ? pair[0] : pair[1],
    unit: pollutant === 'CO' ? 'mg/m³' : 'μg/m³',
  };
}
