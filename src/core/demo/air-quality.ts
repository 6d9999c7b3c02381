// Hourly air data for 临夏市 and the seven county seats (one station each, every hour of the
// year) and daily means of the previous year, from a small weather-like model: a persistent
// day-to-day "stagnation" factor, heating-season PM2.5/SO2/CO in winter, spring dust events that
// send PM10 past 150 μg/m³, and summer afternoon O3 peaks. Missing data as stations really have
// it: a few lost hours, a few hours without one pollutant, and a few outage days with fewer than
// the 20 hours GB 3095 needs for a valid daily mean. Each station's PM is scaled to an intended
// good-days ratio (88–95 %, 临夏市 below the 91 % target) so a seed's weather cannot swing it far.
// Hours are numbered 1…24 by their end within the natural day, as src/core/standards counts them.
import { dailyAqi } from '../standards/hj633-aqi.ts';
import { dailyConcentrationsFromHourly } from '../standards/hj663-evaluation.ts';
import { daysOfYear, demoKey, monthOf } from './demo-calendar.ts';
import type { AirDailyRow, AirHourlyRow } from './demo-rows.ts';
import type { Random } from './random.ts';

export interface AirStation {
  regionCode: string;
  station: string;
  city: string;
  /** Annual typical daily PM2.5 and PM10 (μg/m³). */
  pm25: number;
  pm10: number;
  /** Dust exposure (loess hills, the Yellow River valley): scales the number of dust events. */
  dust: number;
  /** Combustion sources (heating, traffic): scales SO2, NO2, CO. */
  urban: number;
  o3: number;
  /** Intended 优良天数比例 of the year (the PM scale is calibrated to it). */
  goodDaysRatio: number;
  /** Previous year's mean PM relative to this year's (> 1: this year is cleaner). */
  previousYearPm: number;
}

export const AIR_STATIONS: readonly AirStation[] = [
  {
    regionCode: '622901',
    station: '临夏市监测站',
    city: '临夏市',
    pm25: 39,
    pm10: 74,
    dust: 1.0,
    urban: 1.3,
    o3: 1.0,
    goodDaysRatio: 0.89,
    previousYearPm: 1.09,
  },
  {
    regionCode: '622921',
    station: '临夏县监测站',
    city: '临夏县',
    pm25: 35.5,
    pm10: 68,
    dust: 0.9,
    urban: 1.0,
    o3: 1.0,
    goodDaysRatio: 0.91,
    previousYearPm: 1.08,
  },
  {
    regionCode: '622922',
    station: '康乐县监测站',
    city: '康乐县',
    pm25: 34.5,
    pm10: 61,
    dust: 0.85,
    urban: 0.85,
    o3: 0.97,
    goodDaysRatio: 0.94,
    previousYearPm: 1.08,
  },
  {
    regionCode: '622923',
    station: '永靖县监测站',
    city: '永靖县',
    pm25: 36,
    pm10: 78,
    dust: 1.35,
    urban: 1.15,
    o3: 1.06,
    goodDaysRatio: 0.89,
    previousYearPm: 1.02,
  },
  {
    regionCode: '622924',
    station: '广河县监测站',
    city: '广河县',
    pm25: 35,
    pm10: 71,
    dust: 1.0,
    urban: 1.0,
    o3: 1.0,
    goodDaysRatio: 0.91,
    previousYearPm: 1.1,
  },
  {
    regionCode: '622925',
    station: '和政县监测站',
    city: '和政县',
    pm25: 34,
    pm10: 59,
    dust: 0.75,
    urban: 0.8,
    o3: 0.95,
    goodDaysRatio: 0.95,
    previousYearPm: 1.07,
  },
  {
    regionCode: '622926',
    station: '东乡县监测站',
    city: '东乡族自治县',
    pm25: 33,
    pm10: 71,
    dust: 1.45,
    urban: 0.85,
    o3: 1.03,
    goodDaysRatio: 0.9,
    previousYearPm: 1.09,
  },
  {
    regionCode: '622927',
    station: '积石山县监测站',
    city: '积石山保安族东乡族撒拉族自治县',
    pm25: 34,
    pm10: 64,
    dust: 1.0,
    urban: 0.85,
    o3: 1.0,
    goodDaysRatio: 0.92,
    previousYearPm: 1.08,
  },
];

// Monthly factors, January first. Heating runs mid-October to mid-April.
const PM25_MONTH = [1.65, 1.45, 1.12, 0.88, 0.78, 0.7, 0.66, 0.66, 0.76, 0.95, 1.3, 1.6];
const COARSE_MONTH = [1.1, 1.2, 1.45, 1.4, 1.15, 0.85, 0.7, 0.7, 0.75, 0.95, 1.05, 1.1];
const SO2_MONTH = [2.2, 1.9, 1.4, 1.0, 0.7, 0.6, 0.6, 0.6, 0.65, 0.9, 1.6, 2.1];
const NO2_MONTH = [1.35, 1.25, 1.05, 0.9, 0.8, 0.75, 0.72, 0.75, 0.85, 1.0, 1.2, 1.35];
const CO_MONTH = [1.9, 1.7, 1.25, 0.95, 0.75, 0.65, 0.6, 0.62, 0.7, 0.95, 1.4, 1.85];
/** Typical afternoon O3 peak (μg/m³): high-altitude sunshine makes early summer the worst. */
const O3_PEAK_MONTH = [70, 85, 102, 120, 134, 141, 137, 129, 110, 92, 76, 66];
/** Months in which dust events happen, by weight. */
const DUST_MONTH = [0.02, 0.1, 0.3, 0.3, 0.18, 0.03, 0, 0, 0, 0.02, 0.03, 0.02];

/** Diurnal shape of PM (hours ending 1…24): night inversion, morning and evening peaks. */
const PM_HOURS = normalise([
  1.08, 1.04, 1.0, 0.96, 0.93, 0.93, 0.98, 1.07, 1.14, 1.12, 1.03, 0.94, 0.86, 0.81, 0.79, 0.8, 0.86, 0.96, 1.07, 1.15,
  1.18, 1.16, 1.13, 1.1,
]);
/** Traffic shape for NO2 and CO. */
const TRAFFIC_HOURS = normalise([
  0.95, 0.9, 0.85, 0.82, 0.8, 0.84, 0.95, 1.12, 1.22, 1.12, 1.0, 0.92, 0.86, 0.82, 0.82, 0.86, 0.95, 1.1, 1.22, 1.25,
  1.18, 1.1, 1.02, 0.98,
]);

function normalise(xs: number[]): number[] {
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  return xs.map((x) => x / m);
}

/** O3 daylight shape: 0 at night, 1 at the afternoon peak (hour ending 16). */
function o3Shape(hour: number): number {
  if (hour < 8 || hour > 21) return 0;
  return Math.max(0, Math.sin((Math.PI * (hour - 7)) / 16)) ** 1.6;
}

export interface HourValues {
  so2: number | null;
  no2: number | null;
  pm10: number | null;
  co: number | null;
  o3: number | null;
  pm25: number | null;
}

export interface StationDay {
  date: string;
  /** 24 hours (index 0 = hour ending 01:00); null = the hour's record is missing. */
  hours: (HourValues | null)[];
}

const round0 = (v: number) => Math.max(1, Math.round(v));
const round1 = (v: number) => Math.max(0.1, Math.round(v * 10) / 10);

/**
 * The 州's weather of one year, shared by all stations (they are at most 60 km apart): a
 * persistent stagnation factor, dust outbreaks (mostly in spring) and winter pollution episodes.
 */
export interface RegionalWeather {
  days: string[];
  stagnation: number[];
  /** Day index → dust strength (coarse-PM multiplier at exposure 1). */
  dust: Map<number, number>;
  /** Day index → extra PM2.5 factor. */
  episodes: Map<number, number>;
  /** Day-to-day O3 factor (sunshine). */
  sunshine: number[];
}

function dayIndexIn(rng: Random, days: readonly string[], month: number): number {
  const candidates = days.map((d, i) => [d, i] as const).filter(([d]) => monthOf(d) === month);
  return rng.pick(candidates)[1];
}

export function regionalWeather(year: number, rng: Random): RegionalWeather {
  const days = daysOfYear(year);
  const stagnation: number[] = [];
  const sunshine: number[] = [];
  let s = 0;
  for (let i = 0; i < days.length; i++) {
    s = 0.7 * s + 0.714 * rng.normal();
    stagnation.push(s);
    sunshine.push(Math.exp(0.11 * rng.normal() - 0.05 * s));
  }
  const dust = new Map<number, number>();
  const events = rng.int(6, 8);
  for (let e = 0; e < events; e++) {
    const start = dayIndexIn(rng, days, rng.weighted(DUST_MONTH.map((w, i) => [i + 1, w] as const)));
    let strength = rng.float(4, 7);
    for (let k = 0; k < rng.int(1, 3) && start + k < days.length; k++) {
      dust.set(start + k, Math.max(dust.get(start + k) ?? 1, strength));
      strength = 1 + (strength - 1) * rng.float(0.35, 0.6);
    }
  }
  const episodes = new Map<number, number>();
  for (let e = rng.int(2, 3); e > 0; e--) {
    const start = dayIndexIn(rng, days, rng.pick([1, 1, 12, 12, 2, 11]));
    for (let k = 0; k < rng.int(2, 4) && start + k < days.length; k++) episodes.set(start + k, rng.float(1.35, 1.75));
  }
  return { days, stagnation, dust, episodes, sunshine };
}

/** A station's day before the hours are drawn: daily levels of each pollutant. */
export interface DayLevels {
  date: string;
  pm25: number;
  /** PM10 minus PM2.5. */
  coarse: number;
  so2: number;
  no2: number;
  co: number;
  o3Peak: number;
  o3Night: number;
  lost: { from: number; length: number } | null;
}

/** Daily levels under the 州's weather; PM still unscaled (see calibrated PM below). */
function dayLevels(station: AirStation, weather: RegionalWeather, rng: Random): DayLevels[] {
  const days = weather.days;
  // A few outage days with 5–9 hours lost: too few for a valid daily mean.
  const outages = new Set(Array.from({ length: rng.int(2, 4) }, () => rng.int(0, days.length - 1)));
  let local = 0;
  let coarseNoise = 0;
  return days.map((date, di) => {
    const m = monthOf(date) - 1;
    // Local weather departs a little from the 州's.
    local = 0.6 * local + 0.8 * rng.normal();
    coarseNoise = 0.5 * coarseNoise + 0.866 * rng.normal();
    const stagnation = (weather.stagnation[di] ?? 0) * 0.9 + local * 0.3;
    const strength = weather.dust.get(di);
    const dustX = strength === undefined ? 1 : 1 + (strength - 1) * station.dust;
    return {
      date,
      pm25:
        station.pm25 *
        (PM25_MONTH[m] ?? 1) *
        Math.exp(0.42 * stagnation - 0.088) *
        (weather.episodes.get(di) ?? 1) *
        (dustX > 1 ? 1 + (dustX - 1) * 0.18 : 1),
      coarse:
        (station.pm10 - station.pm25) *
        (COARSE_MONTH[m] ?? 1) *
        Math.exp(0.22 * stagnation + 0.3 * coarseNoise - 0.07) *
        dustX,
      so2: 11 * station.urban * (SO2_MONTH[m] ?? 1) * Math.exp(0.3 * stagnation),
      no2: 21 * station.urban * (NO2_MONTH[m] ?? 1) * Math.exp(0.28 * stagnation),
      co: 0.55 * station.urban * (CO_MONTH[m] ?? 1) * Math.exp(0.25 * stagnation),
      o3Peak: (O3_PEAK_MONTH[m] ?? 100) * station.o3 * (weather.sunshine[di] ?? 1) * Math.exp(0.05 * rng.normal()),
      o3Night: 22 + 14 * rng.next(),
      lost: outages.has(di) ? { from: rng.int(0, 14), length: rng.int(5, 9) } : null,
    };
  });
}

/**
 * The PM scale that gives the station its intended number of over-100 days: a weather year
 * alone would swing the good-days ratio by several points between seeds. A day is over 100
 * (HJ 633—2012) when PM2.5 > 75 or PM10 > 150, or O3 peaks high (about 195 μg/m³, whatever k).
 */
export function pmScaleForGoodDays(levels: readonly DayLevels[], goodDaysRatio: number): number {
  const ozoneBad = levels.filter((d) => d.o3Peak > 195).length;
  const target = Math.max(0, Math.round((1 - goodDaysRatio) * levels.length) - ozoneBad);
  // Day d is over 100 once k exceeds its critical scale.
  const critical = levels
    .filter((d) => d.o3Peak <= 195)
    .map((d) => 1 / Math.max(d.pm25 / 75, (d.pm25 + d.coarse) / 150))
    .sort((a, b) => a - b);
  if (target === 0) return (critical[0] ?? 1) * 0.98;
  const below = critical[target - 1] ?? 1;
  const above = critical[target] ?? below * 1.05;
  return (below + above) / 2;
}

function mean(levels: readonly DayLevels[], key: 'pm25' | 'coarse'): number {
  return levels.reduce((s, d) => s + d[key], 0) / Math.max(1, levels.length);
}

/**
 * Draws the hours of each day from its levels, PM2.5 and the coarse part of PM10 scaled. Days
 * not kept at the scale get no hours (they are never written).
 */
function drawHours(
  levels: readonly DayLevels[],
  pmScale: number,
  coarseScale: number,
  rng: Random,
  scale: number,
): StationDay[] {
  return levels.map((d, di) => {
    if (!keptDay(di, scale)) return { date: d.date, hours: [] };
    const hours = PM_HOURS.map((pmShape, hi): HourValues | null => {
      if (d.lost && hi >= d.lost.from && hi < d.lost.from + d.lost.length) return null;
      if (rng.chance(0.004)) return null;
      const traffic = TRAFFIC_HOURS[hi] ?? 1;
      const noise = () => Math.exp(0.12 * rng.normal() - 0.0072);
      const pm25 = d.pm25 * pmScale * pmShape * noise();
      const values: HourValues = {
        so2: round0(d.so2 * pmShape * noise()),
        no2: round0(d.no2 * traffic * noise()),
        pm25: round0(pm25),
        pm10: round0(pm25 + d.coarse * coarseScale * (0.6 + 0.4 * traffic) * noise()),
        co: round1(d.co * (0.5 * pmShape + 0.5 * traffic) * noise()),
        o3: round0(d.o3Night + (d.o3Peak - d.o3Night) * o3Shape(hi + 1) * noise()),
      };
      // Now and then one analyser is down for an hour (calibration, maintenance).
      if (rng.chance(0.003)) values[rng.pick(['o3', 'pm25', 'so2', 'co'] as const)] = null;
      return values;
    });
    return { date: d.date, hours };
  });
}

export interface StationYear {
  station: AirStation;
  days: StationDay[];
  /** Mean daily PM2.5 and coarse PM levels of the year (before hourly noise). */
  meanPm25: number;
  meanCoarse: number;
}

/** Every station's hours of the year, calibrated to each station's good-days ratio. */
export function simulateYear(year: number, rng: Random, scale = 1): StationYear[] {
  const weather = regionalWeather(year, rng.fork('weather'));
  return AIR_STATIONS.map((station) => {
    const r = rng.fork(station.regionCode);
    const levels = dayLevels(station, weather, r);
    const k = pmScaleForGoodDays(levels, station.goodDaysRatio);
    return {
      station,
      days: drawHours(levels, k, k, r, scale),
      meanPm25: mean(levels, 'pm25') * k,
      meanCoarse: mean(levels, 'coarse') * k,
    };
  });
}

/**
 * The previous year's hours: its own weather, PM2.5 and coarse PM scaled so their annual means
 * are the station's previousYearPm times this year's (so the PM trend indicators show a decrease,
 * small in 永靖县).
 */
export function simulatePreviousYear(
  year: number,
  rng: Random,
  current: readonly StationYear[],
  scale = 1,
): StationYear[] {
  const weather = regionalWeather(year - 1, rng.fork('weather'));
  return current.map(({ station, meanPm25, meanCoarse }) => {
    const r = rng.fork(station.regionCode);
    const levels = dayLevels(station, weather, r);
    const f = station.previousYearPm;
    const k = (meanPm25 * f) / mean(levels, 'pm25');
    const kc = (meanCoarse * f) / mean(levels, 'coarse');
    return {
      station,
      days: drawHours(levels, k, kc, r, scale),
      meanPm25: meanPm25 * f,
      meanCoarse: meanCoarse * f,
    };
  });
}

/** Days kept at a given scale: all at 1, every n-th day below it (full days, so validity holds). */
export function keptDay(dayIndex: number, scale: number): boolean {
  const step = scale >= 1 ? 1 : Math.max(1, Math.round(1 / scale));
  return dayIndex % step === 0;
}

export function airHourlyRows(year: number, stations: readonly StationYear[], scale: number): AirHourlyRow[] {
  const rows: AirHourlyRow[] = [];
  for (const { station, days } of stations) {
    days.forEach((day, di) => {
      if (!keptDay(di, scale)) return;
      day.hours.forEach((h, hi) => {
        if (!h) return;
        rows.push({
          natural_key: demoKey(year, 'air', station.regionCode, day.date, hi + 1),
          region_code: station.regionCode,
          date: day.date,
          station: station.station,
          city: station.city,
          hour: hi + 1,
          ...h,
        });
      });
    });
  }
  return rows;
}

/** Daily values of one station-day by GB 3095 validity, rounded as daily reports print them. */
export function dailyFromHours(day: StationDay) {
  const series = (k: keyof HourValues) => day.hours.map((h) => (h ? h[k] : null));
  const { concentrations: c } = dailyConcentrationsFromHourly(day.date, {
    SO2: series('so2'),
    NO2: series('no2'),
    PM10: series('pm10'),
    CO: series('co'),
    O3: series('o3'),
    'PM2.5': series('pm25'),
  });
  const r0 = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v));
  const r1 = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 10) / 10);
  return {
    so2: r0(c.SO2),
    no2: r0(c.NO2),
    pm10: r0(c.PM10),
    co: r1(c.CO),
    o3_8h: r0(c.O3_8h),
    o3_1h: r0(c.O3_1h),
    pm25: r0(c['PM2.5']),
  };
}

/** Daily means per city with the AQI a daily report would have published. */
export function airDailyRows(year: number, stations: readonly StationYear[], scale: number): AirDailyRow[] {
  const rows: AirDailyRow[] = [];
  for (const { station, days } of stations) {
    days.forEach((day, di) => {
      if (!keptDay(di, scale)) return;
      const d = dailyFromHours(day);
      const aqi = dailyAqi(day.date, {
        SO2: d.so2,
        NO2: d.no2,
        PM10: d.pm10,
        CO: d.co,
        O3_1h: d.o3_1h,
        O3_8h: d.o3_8h,
        'PM2.5': d.pm25,
      }).aqi;
      rows.push({
        natural_key: demoKey(year, 'air-daily', station.regionCode, day.date),
        region_code: station.regionCode,
        date: day.date,
        city: station.city,
        ...d,
        reported_aqi: aqi,
      });
    });
  }
  return rows;
}

/**
 * This year's hourly rows for every station, and the previous year as daily means per city (what
 * the PM trend indicators compare with; hourly data of a past year would be 70,000 rows more).
 */
export function generateAir(
  year: number,
  rng: Random,
  scale: number,
): { hourly: AirHourlyRow[]; daily: AirDailyRow[] } {
  const current = simulateYear(year, rng.fork('current'), scale);
  const previous = simulatePreviousYear(year, rng.fork('previous'), current, scale);
  return { hourly: airHourlyRows(year, current, scale), daily: airDailyRows(year, previous, scale) };
}
