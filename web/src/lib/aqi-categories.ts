// HJ 633-2012 Appendix A: the six AQI categories with the standard's own colours (identical in the
// 2026 edition). The AQI ranges drive the calendar's legend; a day's own category and colour come
// from the server, which knows which edition applied that day.
export interface AqiCategoryBand {
  category: string;
  level: string;
  min: number;
  /** Inclusive upper bound; null for the open top band. */
  max: number | null;
  color: string;
}

export const AQI_BANDS: readonly AqiCategoryBand[] = [
  { category: '优', level: '一级', min: 0, max: 50, color: '#00e400' },
  { category: '良', level: '二级', min: 51, max: 100, color: '#ffff00' },
  { category: '轻度污染', level: '三级', min: 101, max: 150, color: '#ff7e00' },
  { category: '中度污染', level: '四级', min: 151, max: 200, color: '#ff0000' },
  { category: '重度污染', level: '五级', min: 201, max: 300, color: '#99004c' },
  { category: '严重污染', level: '六级', min: 301, max: null, color: '#7e0023' },
];

/** Grey for days without a valid AQI (not enough valid data under GB 3095 Table 4). */
export const AQI_INVALID_COLOR = '#d9d9d9';

/** Good days (AQI ≤ 100) divided by valid days — HJ 663's 优良天数比例. */
export const GOOD_DAY_MAX_AQI = 100;

export function aqiBand(aqi: number): AqiCategoryBand {
  return AQI_BANDS.find((b) => b.max === null || aqi <= b.max) ?? (AQI_BANDS[AQI_BANDS.length - 1] as AqiCategoryBand);
}

export const AQI_POLLUTANT_LABELS: Record<string, string> = {
  SO2: 'SO₂',
  NO2: 'NO₂',
  PM10: 'PM₁₀',
  CO: 'CO',
  O3: 'O₃',
  'PM2.5': 'PM₂.₅',
  O3_8h: 'O₃ 8小时',
  O3_1h: 'O₃ 1小时',
};
