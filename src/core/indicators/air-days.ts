// City-days of air quality: the day's concentrations (from hourly data by GB 3095 Table 4
// validity, or as a daily report gives them) and the daily AQI by the HJ 633 edition in force
// that day. These are the "records" behind the good-days ratio and the PM means.
//
// City concentrations are the arithmetic mean of the city's stations (HJ 663 城市点位算术平均).
// Doubt (air_gb3095.json): whether a city's O3 daily max 8-hour value comes from the city-mean
// hourly series or from station MDA8 values was not confirmed; the city-mean series is used.
//
// Hours are labelled by their END (GB 3095: a natural day is the hours ending 01:00…24:00) and
// stored as 1…24. A city-day that has an hour 0 is read as labelled 0…23 by the hour's start.
import {
  type AqiPollutant,
  type DailyConcentrations,
  type DailyIndicator,
  evaluateDay,
  type Hj633Version,
} from '../standards/index.ts';
import { type DayAqi, dayAqiFast } from './air-day-aqi.ts';
import { dayStats } from './air-day-stats.ts';

export interface HourValues {
  so2: number | null;
  no2: number | null;
  pm10: number | null;
  co: number | null;
  o3: number | null;
  pm25: number | null;
}

/** One hour of one city (already averaged over its stations). */
export interface CityHour extends HourValues {
  city: string;
  region: string | null;
  date: string;
  hour: number;
}

/** One station-hour, as files and the air_hourly table hold them. */
export interface StationHour extends CityHour {
  station: string;
}

/** One day of one city from a daily report. */
export interface CityDailyReport {
  city: string;
  region: string | null;
  date: string;
  so2: number | null;
  no2: number | null;
  pm10: number | null;
  co: number | null;
  o3_8h: number | null;
  o3_1h: number | null;
  pm25: number | null;
  reportedAqi: number | null;
}

export interface PollutantValidity {
  /** Valid hours (or valid 8-hour windows for O3_8h). */
  count: number;
  required: number;
  valid: boolean;
}

export interface CityDay {
  city: string;
  region: string | null;
  date: string;
  source: 'hourly' | 'daily';
  standard: Hj633Version;
  concentrations: Record<DailyIndicator, number | null>;
  iaqi: Partial<Record<DailyIndicator, number | null>>;
  aqi: number | null;
  level: string | null;
  category: string | null;
  /** Category colour as hex (HJ 633 Appendix A). */
  colour: string | null;
  primaryPollutants: AqiPollutant[];
  /** AQI published (not NA): the day counts in the good-days ratio. */
  valid: boolean;
  good: boolean | null;
  /** GB 3095 Table 4 validity of each daily statistic (hourly source only). */
  validity: Partial<Record<DailyIndicator, PollutantValidity>>;
  missing: DailyIndicator[];
  notes: string[];
  reportedAqi: number | null;
  /** The imported AQI differs from the one computed from concentrations (formats.md: report it). */
  aqiMismatch: boolean;
}

const POLLUTANT_KEYS: readonly (keyof HourValues)[] = ['so2', 'no2', 'pm10', 'co', 'o3', 'pm25'];

/**
 * City hourly means: the arithmetic mean of the stations that have a value that hour. One pass
 * with flat sums: a year of hourly rows is ~70,000 rows per station.
 */
export function averageStations(rows: readonly CityHour[]): CityHour[] {
  const index = new Map<string, number>();
  const out: CityHour[] = [];
  const sums: number[] = [];
  const counts: number[] = [];
  const add = (v: number | null, i: number) => {
    if (v !== null && Number.isFinite(v)) {
      sums[i] = (sums[i] as number) + v;
      counts[i] = (counts[i] as number) + 1;
    }
  };
  for (const r of rows) {
    const key = `${r.city}\u0000${r.region ?? ''}\u0000${r.date}\u0000${r.hour}`;
    let g = index.get(key);
    if (g === undefined) {
      g = out.length;
      index.set(key, g);
      out.push({
        city: r.city,
        region: r.region,
        date: r.date,
        hour: r.hour,
        so2: null,
        no2: null,
        pm10: null,
        co: null,
        o3: null,
        pm25: null,
      });
      sums.push(0, 0, 0, 0, 0, 0);
      counts.push(0, 0, 0, 0, 0, 0);
    }
    const b = g * 6;
    add(r.so2, b);
    add(r.no2, b + 1);
    add(r.pm10, b + 2);
    add(r.co, b + 3);
    add(r.o3, b + 4);
    add(r.pm25, b + 5);
  }
  const mean = (i: number) => ((counts[i] as number) === 0 ? null : (sums[i] as number) / (counts[i] as number));
  for (let g = 0; g < out.length; g++) {
    const row = out[g] as CityHour;
    const b = g * 6;
    row.so2 = mean(b);
    row.no2 = mean(b + 1);
    row.pm10 = mean(b + 2);
    row.co = mean(b + 3);
    row.o3 = mean(b + 4);
    row.pm25 = mean(b + 5);
  }
  return out;
}

function finish(
  base: Pick<CityDay, 'city' | 'region' | 'date' | 'source' | 'validity' | 'reportedAqi'>,
  day: DailyConcentrations,
  notes: string[],
  notMonitored: AqiPollutant[] = [],
): CityDay {
  const e = dayAqi(day, notMonitored);
  const cat = e.category;
  return {
    city: base.city,
    region: base.region,
    date: base.date,
    source: base.source,
    validity: base.validity,
    reportedAqi: base.reportedAqi,
    standard: e.standard,
    concentrations: {
      SO2: day.SO2 ?? null,
      NO2: day.NO2 ?? null,
      PM10: day.PM10 ?? null,
      CO: day.CO ?? null,
      O3_1h: day.O3_1h ?? null,
      O3_8h: day.O3_8h ?? null,
      'PM2.5': day['PM2.5'] ?? null,
    },
    iaqi: e.iaqi,
    aqi: e.aqi,
    level: cat?.level ?? null,
    category: cat?.category ?? null,
    colour: cat?.hex ?? null,
    primaryPollutants: e.primaryPollutants,
    valid: e.valid,
    good: e.good,
    missing: e.missing,
    notes,
    aqiMismatch: base.reportedAqi !== null && e.aqi !== null && base.reportedAqi !== e.aqi,
  };
}

/** The day's AQI: the fast path where it can vouch for the result, else the standards' evaluateDay. */
export function dayAqi(day: DailyConcentrations, notMonitored: readonly AqiPollutant[] = []): DayAqi {
  const fast = dayAqiFast(day, notMonitored);
  if (fast) return fast;
  const e = evaluateDay(day, notMonitored.length > 0 ? { notMonitored } : {});
  return {
    standard: e.aqi.standard,
    iaqi: e.aqi.iaqi,
    aqi: e.aqi.aqi,
    category: e.aqi.category,
    primaryPollutants: e.aqi.primaryPollutants,
    missing: e.aqi.missing,
    valid: e.valid,
    good: e.good,
  };
}

/** City-days from city hourly means: GB 3095 daily statistics, then the daily AQI. */
export function cityDaysFromHours(hours: readonly CityHour[]): CityDay[] {
  const groups = new Map<string, CityHour[]>();
  for (const h of hours) {
    const key = `${h.city}\u0000${h.region ?? ''}\u0000${h.date}`;
    const list = groups.get(key);
    if (list) list.push(h);
    else groups.set(key, [h]);
  }
  const out: CityDay[] = [];
  for (const list of groups.values()) {
    const first = list[0] as CityHour;
    const zeroBased = list.some((h) => h.hour === 0);
    const series = emptySeries();
    const notes: string[] = [];
    for (const h of list) {
      const i = zeroBased ? h.hour : h.hour - 1;
      if (!Number.isInteger(i) || i < 0 || i > 23) {
        notes.push(`时次 ${h.hour} 无效, 已忽略`);
        continue;
      }
      for (const k of POLLUTANT_KEYS) series[k][i] = h[k];
    }
    out.push(hourlyDay(first, series, notes));
  }
  return out;
}

function emptySeries(): Record<keyof HourValues, (number | null)[]> {
  return {
    so2: Array(24).fill(null),
    no2: Array(24).fill(null),
    pm10: Array(24).fill(null),
    co: Array(24).fill(null),
    o3: Array(24).fill(null),
    pm25: Array(24).fill(null),
  };
}

function hourlyDay(
  first: Pick<CityHour, 'city' | 'region' | 'date'>,
  series: Record<keyof HourValues, (number | null)[]>,
  notes: string[],
): CityDay {
  const { concentrations, validity } = dayStats(first.date, {
    SO2: series.so2,
    NO2: series.no2,
    PM10: series.pm10,
    CO: series.co,
    O3: series.o3,
    'PM2.5': series.pm25,
  });
  return finish(
    { city: first.city, region: first.region, date: first.date, source: 'hourly', validity, reportedAqi: null },
    concentrations,
    notes,
  );
}

/** A city-day being collected from station rows: per distinct hour value, sums and counts. */
interface DayAcc {
  city: string;
  region: string | null;
  date: string;
  /** Distinct hour values in order of first appearance. */
  hours: number[];
  /** Index into `hours` of hour values 0…24 (-1: not seen). */
  slot: Int16Array;
  /** Six per distinct hour (POLLUTANT_KEYS order). */
  sums: number[];
  counts: number[];
}

/**
 * cityDaysFromHours(averageStations(rows)), in one pass and without a map entry per hour: rows
 * of the same city-day usually arrive together, so the day is looked up only when it changes.
 * Same means (summed in row order), same hour labelling, same notes, same order of days.
 */
export function cityDaysFromStationHours(rows: readonly CityHour[]): CityDay[] {
  const days = new Map<string, DayAcc>();
  const order: DayAcc[] = [];
  let cur: DayAcc | null = null;
  for (const r of rows) {
    if (cur === null || r.date !== cur.date || r.city !== cur.city || r.region !== cur.region) {
      // The key averageStations and cityDaysFromHours group by (an unplaced '' is null).
      const key = `${r.city}\u0000${r.region ?? ''}\u0000${r.date}`;
      cur = days.get(key) ?? null;
      if (cur === null) {
        cur = {
          city: r.city,
          region: r.region,
          date: r.date,
          hours: [],
          slot: new Int16Array(25).fill(-1),
          sums: [],
          counts: [],
        };
        days.set(key, cur);
        order.push(cur);
      }
    }
    const h = r.hour;
    let g: number;
    if (Number.isInteger(h) && h >= 0 && h <= 24) {
      g = cur.slot[h] as number;
      if (g < 0) {
        g = cur.hours.length;
        cur.slot[h] = g;
        cur.hours.push(h);
        cur.sums.push(0, 0, 0, 0, 0, 0);
        cur.counts.push(0, 0, 0, 0, 0, 0);
      }
    } else {
      // Odd labels (noted and ignored later) are grouped as averageStations keys them: by text.
      g = cur.hours.findIndex((x) => String(x) === String(h));
      if (g < 0) {
        g = cur.hours.length;
        cur.hours.push(h);
        cur.sums.push(0, 0, 0, 0, 0, 0);
        cur.counts.push(0, 0, 0, 0, 0, 0);
      }
    }
    const b = g * 6;
    addValue(cur, r.so2, b);
    addValue(cur, r.no2, b + 1);
    addValue(cur, r.pm10, b + 2);
    addValue(cur, r.co, b + 3);
    addValue(cur, r.o3, b + 4);
    addValue(cur, r.pm25, b + 5);
  }
  const out: CityDay[] = [];
  for (const d of order) {
    let zeroBased = false;
    for (const h of d.hours) if (h === 0) zeroBased = true;
    const series = emptySeries();
    const notes: string[] = [];
    for (let g = 0; g < d.hours.length; g++) {
      const h = d.hours[g] as number;
      const i = zeroBased ? h : h - 1;
      if (!Number.isInteger(i) || i < 0 || i > 23) {
        notes.push(`时次 ${h} 无效, 已忽略`);
        continue;
      }
      for (let p = 0; p < 6; p++) {
        const n = d.counts[g * 6 + p] as number;
        series[POLLUTANT_KEYS[p] as keyof HourValues][i] = n === 0 ? null : (d.sums[g * 6 + p] as number) / n;
      }
    }
    out.push(hourlyDay(d, series, notes));
  }
  return out;
}

/** Adds a station's value to a city-day's hour (skipping missing ones); no closure per row. */
function addValue(acc: DayAcc, v: number | null, i: number): void {
  if (v !== null && Number.isFinite(v)) {
    acc.sums[i] = (acc.sums[i] as number) + v;
    acc.counts[i] = (acc.counts[i] as number) + 1;
  }
}

/** A city-day from a daily report (concentrations taken as valid daily values). */
export function cityDayFromDaily(r: CityDailyReport): CityDay {
  const notes: string[] = [];
  const notMonitored: AqiPollutant[] = [];
  // Daily reports give O3 as the daily max 8-hour mean only; HJ 633—2012's daily AQI also has
  // the O3 1-hour max. Without it, O3 enters by its 8-hour value alone (noted on the day).
  if (r.o3_1h === null && r.o3_8h !== null) {
    notMonitored.push('O3');
    notes.push('日报未给出 O3 日最大1小时平均, O3 仅按日最大8小时平均计算');
  }
  const day: DailyConcentrations = {
    date: r.date,
    SO2: r.so2,
    NO2: r.no2,
    PM10: r.pm10,
    CO: r.co,
    O3_1h: r.o3_1h,
    O3_8h: r.o3_8h,
    'PM2.5': r.pm25,
  };
  const d = finish(
    { city: r.city, region: r.region, date: r.date, source: 'daily', validity: {}, reportedAqi: r.reportedAqi },
    day,
    notes,
    notMonitored,
  );
  if (d.aqiMismatch) d.notes.push(`报送 AQI ${r.reportedAqi} 与按浓度计算的 ${d.aqi} 不一致, 以计算值为准`);
  return d;
}

/**
 * All city-days of a set of hourly and daily data. Where a city-day has hourly data it is
 * computed from them; a daily report of the same city-day is then used only for its AQI check.
 */
export function buildCityDays(hours: readonly CityHour[], daily: readonly CityDailyReport[]): CityDay[] {
  return withDailyReports(cityDaysFromHours(hours), daily);
}

/** buildCityDays(averageStations(stationHours), daily), with the averaging done in the same pass. */
export function buildCityDaysFromStations(
  stationHours: readonly CityHour[],
  daily: readonly CityDailyReport[],
): CityDay[] {
  return withDailyReports(cityDaysFromStationHours(stationHours), daily);
}

function withDailyReports(fromHours: CityDay[], daily: readonly CityDailyReport[]): CityDay[] {
  const key = (d: { city: string; date: string }) => `${d.city}\u0000${d.date}`;
  const byKey = new Map(fromHours.map((d) => [key(d), d]));
  const out = [...fromHours];
  for (const r of daily) {
    const h = byKey.get(key(r));
    if (!h) {
      out.push(cityDayFromDaily(r));
      continue;
    }
    if (r.reportedAqi !== null) {
      h.reportedAqi = r.reportedAqi;
      h.aqiMismatch = h.aqi !== null && h.aqi !== r.reportedAqi;
      if (h.aqiMismatch) h.notes.push(`报送 AQI ${r.reportedAqi} 与按小时数据计算的 ${h.aqi} 不一致, 以计算值为准`);
    }
  }
  // City order by Chinese collation, computed once per city rather than per comparison (cities
  // that collate equal share a rank); dates are YYYY-MM-DD, so code-unit order is date order.
  const collator = new Intl.Collator('zh');
  const cities = [...new Set(out.map((d) => d.city))].sort(collator.compare);
  const rank = new Map<string, number>();
  cities.forEach((c, i) => {
    const prev = cities[i - 1];
    rank.set(c, prev !== undefined && collator.compare(prev, c) === 0 ? (rank.get(prev) as number) : i);
  });
  return out.sort(
    (a, b) =>
      (rank.get(a.city) as number) - (rank.get(b.city) as number) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
  );
}
