// Day counts of a city's year: valid days, good days (AQI ≤ 100, HJ 663's 优良天数) and days per
// HJ 633 category, computed from the days the calendar shows so the numbers and the picture agree.
import type { AirDay } from '../api/indicator-types.ts';
import { AQI_BANDS, aqiBand, GOOD_DAY_MAX_AQI } from './aqi-categories.ts';

export interface AirStats {
  days: number;
  validDays: number;
  goodDays: number;
  /** Percent, null without valid days. */
  goodRatio: number | null;
  byCategory: Record<string, number>;
}

export function airStats(days: readonly AirDay[]): AirStats {
  const byCategory: Record<string, number> = Object.fromEntries(AQI_BANDS.map((b) => [b.category, 0]));
  let validDays = 0;
  let goodDays = 0;
  for (const d of days) {
    if (!d.valid || d.aqi === null) continue;
    validDays += 1;
    if (d.good ?? d.aqi <= GOOD_DAY_MAX_AQI) goodDays += 1;
    const category = d.category ?? aqiBand(d.aqi).category;
    byCategory[category] = (byCategory[category] ?? 0) + 1;
  }
  return {
    days: days.length,
    validDays,
    goodDays,
    goodRatio: validDays > 0 ? (goodDays / validDays) * 100 : null,
    byCategory,
  };
}

/**
 * The cities in the answer, ordered by their region code: the county-level city (临夏市 622901,
 * the 州 seat) comes first, which is the city the plan's 市城市 target speaks of.
 */
export function citiesOf(days: readonly AirDay[]): string[] {
  const region = new Map<string, string>();
  for (const d of days) if (!region.has(d.city)) region.set(d.city, d.region ?? '999999');
  return [...region.keys()].sort(
    (a, b) => (region.get(a) as string).localeCompare(region.get(b) as string) || a.localeCompare(b, 'zh-CN'),
  );
}
