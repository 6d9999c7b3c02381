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
  dailyConcentrationsFromHourly,
  evaluateDay,
  type Hj633Version,
} from '../standards/index.ts';

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

/** City hourly means: the arithmetic mean of the stations that have a value that hour. */
export function averageStations(rows: readonly StationHour[]): CityHour[] {
  const groups = new Map<string, { row: CityHour; sums: number[]; counts: number[] }>();
  for (const r of rows) {
    const key = `${r.city}\u0000${r.region ?? ''}\u0000${r.date}\u0000${r.hour}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        row: {
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
        },
        sums: [0, 0, 0, 0, 0, 0],
        counts: [0, 0, 0, 0, 0, 0],
      };
      groups.set(key, g);
    }
    POLLUTANT_KEYS.forEach((k, i) => {
      const v = r[k];
      if (v !== null && Number.isFinite(v)) {
        (g.sums[i] as number) += v;
        (g.counts[i] as number) += 1;
      }
    });
  }
  return [...groups.values()].map((g) => {
    const row = { ...g.row };
    POLLUTANT_KEYS.forEach((k, i) => {
      const n = g.counts[i] as number;
      row[k] = n === 0 ? null : (g.sums[i] as number) / n;
    });
    return row;
  });
}

function emptyConcentrations(): Record<DailyIndicator, number | null> {
  return { SO2: null, NO2: null, PM10: null, CO: null, O3_1h: null, O3_8h: null, 'PM2.5': null };
}

function finish(
  base: Pick<CityDay, 'city' | 'region' | 'date' | 'source' | 'validity' | 'reportedAqi'>,
  day: DailyConcentrations,
  notes: string[],
  notMonitored: AqiPollutant[] = [],
): CityDay {
  const e = evaluateDay(day, notMonitored.length > 0 ? { notMonitored } : {});
  const concentrations = emptyConcentrations();
  for (const k of Object.keys(concentrations) as DailyIndicator[]) concentrations[k] = day[k] ?? null;
  const cat = e.aqi.category;
  return {
    ...base,
    standard: e.aqi.standard,
    concentrations,
    iaqi: e.aqi.iaqi,
    aqi: e.aqi.aqi,
    level: cat?.level ?? null,
    category: cat?.category ?? null,
    colour: cat?.hex ?? null,
    primaryPollutants: e.aqi.primaryPollutants,
    valid: e.valid,
    good: e.good,
    missing: e.aqi.missing,
    notes,
    aqiMismatch: base.reportedAqi !== null && e.aqi.aqi !== null && base.reportedAqi !== e.aqi.aqi,
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
    const series: Record<keyof HourValues, (number | null)[]> = {
      so2: Array(24).fill(null),
      no2: Array(24).fill(null),
      pm10: Array(24).fill(null),
      co: Array(24).fill(null),
      o3: Array(24).fill(null),
      pm25: Array(24).fill(null),
    };
    const notes: string[] = [];
    for (const h of list) {
      const i = zeroBased ? h.hour : h.hour - 1;
      if (!Number.isInteger(i) || i < 0 || i > 23) {
        notes.push(`时次 ${h.hour} 无效, 已忽略`);
        continue;
      }
      for (const k of POLLUTANT_KEYS) series[k][i] = h[k];
    }
    const { concentrations, details } = dailyConcentrationsFromHourly(first.date, {
      SO2: series.so2,
      NO2: series.no2,
      PM10: series.pm10,
      CO: series.co,
      O3: series.o3,
      'PM2.5': series.pm25,
    });
    const validity: CityDay['validity'] = {};
    for (const [k, d] of Object.entries(details) as [
      DailyIndicator,
      { count?: number; required: number; valid: boolean; validWindows?: number },
    ][]) {
      validity[k] = { count: d.validWindows ?? d.count ?? 0, required: d.required, valid: d.valid };
    }
    out.push(
      finish(
        { city: first.city, region: first.region, date: first.date, source: 'hourly', validity, reportedAqi: null },
        concentrations,
        notes,
      ),
    );
  }
  return out;
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
  const fromHours = cityDaysFromHours(hours);
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
  return out.sort((a, b) => a.city.localeCompare(b.city, 'zh') || a.date.localeCompare(b.date));
}
