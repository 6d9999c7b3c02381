// Rows of an air or water table (as a file gives them: a header row and cells) into the engine's
// records, for computing straight from a file without a database. Column names vary between
// publishers; each field accepts its usual synonyms.
//
// Hourly air data are labelled by the END of the hour (CNEMC: "2023-01-01 01:00" is the mean
// of 00:00–01:00), so a time of 00:00 is hour 24 of the previous day. `hourLabel: 'start'`
// reads files that label hours by their start instead.
import type { CityDailyReport, StationHour } from './air-days.ts';
import {
  normalizeItemName,
  type ParsedItems,
  parseWaterItems,
  type WaterItem,
  waterItemOf,
} from './measured-values.ts';
import { dateOfDayNumber, dayNumber } from './periods.ts';

export interface TableRow {
  /** Row number as the spreadsheet shows it. */
  number: number;
  cells: unknown[];
}

export interface RowProblem {
  row: number;
  column?: string;
  message: string;
}

function headerKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\((μg\/m3|μg\/m³|ug\/m3|mg\/m3|mg\/m³|μg\/m\^3)\)$/i, '')
    .replace(/[._\-·]/g, '')
    .toUpperCase();
}

const AIR_FIELDS: Record<string, string[]> = {
  city: ['城市', '城市名称', '所属城市', 'CITY'],
  station: ['站点', '站点名称', '监测点', '监测点位', '点位', 'STATION'],
  time: ['时间', '监测时间', '日期时间', '时间点', 'DATETIME', 'TIME'],
  date: ['日期', '监测日期', 'DATE'],
  hour: ['小时', '时', '时次', 'HOUR'],
  so2: ['SO2', '二氧化硫'],
  no2: ['NO2', '二氧化氮'],
  pm10: ['PM10', '可吸入颗粒物'],
  co: ['CO', '一氧化碳'],
  o3: ['O3', '臭氧'],
  o3_8h: ['O38H', 'O38HMAX', 'O3日最大8小时平均', 'O3最大8小时滑动平均', '臭氧8小时', '臭氧日最大8小时平均'],
  o3_1h: ['O31H', 'O31HMAX', '臭氧1小时', 'O3日最大1小时平均', '臭氧日最大1小时平均'],
  pm25: ['PM25', '细颗粒物'],
  aqi: ['AQI', '空气质量指数'],
};

function columnIndex(header: readonly string[], synonyms: Record<string, string[]>): Map<string, number> {
  const keys = header.map((h) => headerKey(h));
  const out = new Map<string, number>();
  for (const [field, names] of Object.entries(synonyms)) {
    const wanted = new Set(names.map(headerKey));
    const i = keys.findIndex((k) => wanted.has(k));
    if (i !== -1) out.set(field, i);
  }
  return out;
}

function text(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  const s = String(v).trim();
  return s === '' ? null : s;
}

const MISSING = /^(|-|—|——|--|\/|NA|N\/A|NAN|NULL|-99|-999|缺测|无效)$/i;

/** A concentration cell: a number, or null when blank or marked missing; an error otherwise. */
function concentration(v: unknown): { value: number | null; error?: string } {
  if (typeof v === 'number')
    return Number.isFinite(v) && v >= 0 ? { value: v } : { value: null, error: `浓度无效: ${v}` };
  const s = text(v);
  if (s === null || MISSING.test(s)) return { value: null };
  const n = Number(s.normalize('NFKC'));
  if (Number.isFinite(n) && n >= 0) return { value: n };
  if (Number.isFinite(n) && n < 0) return { value: null };
  return { value: null, error: `无法识别的浓度「${s}」` };
}

/** YYYY-MM-DD from 2023-01-05, 2023/1/5, 20230105, 2023年1月5日 or a Date cell. */
export function parseDateText(v: unknown): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  const s = text(v)?.normalize('NFKC');
  if (!s) return null;
  const m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

/** Date and hour-ending label (1…24) of a timestamp cell. */
function parseTimestamp(v: unknown, hourLabel: 'end' | 'start'): { date: string; hour: number } | null {
  let date: string | null;
  let hour: number;
  if (v instanceof Date) {
    // exceljs gives a wall-clock time as a UTC Date.
    date = v.toISOString().slice(0, 10);
    hour = v.getUTCHours();
  } else {
    const s = text(v)?.normalize('NFKC');
    if (!s) return null;
    date = parseDateText(s);
    const h = /[T\s日](\d{1,2})(?::(\d{2}))?(?::\d{2})?(?:时)?\s*$/.exec(s);
    if (!date || !h) return null;
    hour = Number(h[1]);
  }
  if (!date || hour < 0 || hour > 24) return null;
  return fromClockHour(date, hour, hourLabel);
}

function fromClockHour(date: string, hour: number, hourLabel: 'end' | 'start'): { date: string; hour: number } {
  if (hourLabel === 'start') return { date, hour: hour + 1 };
  if (hour === 0) return { date: dateOfDayNumber(dayNumber(date) - 1), hour: 24 };
  return { date, hour };
}

export interface AirTable {
  kind: 'hourly' | 'daily';
  hours: StationHour[];
  daily: CityDailyReport[];
  problems: RowProblem[];
}

/**
 * An air table: hourly when it has a time with hours (or a 小时 column), daily otherwise. Daily
 * tables give O3 as the daily max 8-hour mean (a plain "O3" column is read as that).
 */
export function airTableFromRows(
  header: readonly string[],
  rows: readonly TableRow[],
  opts: { hourLabel?: 'end' | 'start' } = {},
): AirTable {
  const col = columnIndex(header, AIR_FIELDS);
  const problems: RowProblem[] = [];
  const hourLabel = opts.hourLabel ?? 'end';
  const cityCol = col.get('city') ?? col.get('station');
  if (cityCol === undefined) problems.push({ row: 1, message: '缺少「城市」或「站点」列' });
  const timeCol = col.get('time');
  const dateCol = col.get('date');
  const hourCol = col.get('hour');
  if (timeCol === undefined && dateCol === undefined) problems.push({ row: 1, message: '缺少「时间」或「日期」列' });
  if (problems.length > 0) return { kind: 'daily', hours: [], daily: [], problems };

  // Hourly when a 小时 column exists or the times carry an hour (a Date cell at 00:00 is a day).
  const hasClock = (v: unknown) =>
    v instanceof Date
      ? v.getUTCHours() !== 0 || v.getUTCMinutes() !== 0
      : /[T\s日]\d{1,2}(:\d{2}|时)/.test(text(v)?.normalize('NFKC') ?? '');
  const hourly =
    hourCol !== undefined || (timeCol !== undefined && rows.slice(0, 48).some((r) => hasClock(r.cells[timeCol])));

  const value = (r: TableRow, field: string): number | null => {
    const i = col.get(field);
    if (i === undefined) return null;
    const c = concentration(r.cells[i]);
    if (c.error) problems.push({ row: r.number, column: header[i] ?? field, message: c.error });
    return c.value;
  };

  const hours: StationHour[] = [];
  const daily: CityDailyReport[] = [];
  for (const r of rows) {
    if (r.cells.every((c) => text(c) === null)) continue;
    const city = text(r.cells[cityCol as number]);
    if (!city) {
      problems.push({ row: r.number, message: '城市/站点为空' });
      continue;
    }
    const station = text(r.cells[col.get('station') ?? (cityCol as number)]) ?? city;
    if (hourly) {
      let at: { date: string; hour: number } | null;
      if (hourCol !== undefined) {
        const date = parseDateText(r.cells[(dateCol ?? timeCol) as number]);
        const h = Number(text(r.cells[hourCol])?.replace(/[时:].*$/, ''));
        at = date && Number.isInteger(h) && h >= 0 && h <= 24 ? fromClockHour(date, h, hourLabel) : null;
      } else {
        at = parseTimestamp(r.cells[timeCol as number], hourLabel);
      }
      if (!at) {
        problems.push({ row: r.number, message: '时间无法识别(应为 2023-01-01 01:00 这样的日期和小时)' });
        continue;
      }
      hours.push({
        station,
        city,
        region: null,
        date: at.date,
        hour: at.hour,
        so2: value(r, 'so2'),
        no2: value(r, 'no2'),
        pm10: value(r, 'pm10'),
        co: value(r, 'co'),
        o3: value(r, 'o3') ?? value(r, 'o3_1h'),
        pm25: value(r, 'pm25'),
      });
    } else {
      const date = parseDateText(r.cells[(dateCol ?? timeCol) as number]);
      if (!date) {
        problems.push({ row: r.number, message: '日期无法识别' });
        continue;
      }
      const o38 = value(r, 'o3_8h');
      daily.push({
        city,
        region: null,
        date,
        so2: value(r, 'so2'),
        no2: value(r, 'no2'),
        pm10: value(r, 'pm10'),
        co: value(r, 'co'),
        o3_8h: o38 ?? value(r, 'o3'),
        o3_1h: value(r, 'o3_1h'),
        pm25: value(r, 'pm25'),
        reportedAqi: value(r, 'aqi'),
      });
    }
  }
  return { kind: hourly ? 'hourly' : 'daily', hours, daily, problems };
}

const WATER_FIELDS: Record<string, string[]> = {
  site: ['断面名称', '水源地名称', '断面/水源地名称', '断面', '水源地', '点位名称', '点位', '监测点位', '站点名称'],
  type: ['类型', '点位类型', '断面类型', '水源地类型'],
  county: ['所在县', '所在县区', '县区', '所属县', '地区'],
  date: ['采样日期', '监测日期', '日期', '采样时间'],
  body: ['水体类型', '水体', '河流湖库'],
};

export interface WaterFileSample {
  row: number;
  site: string;
  type: string | null;
  county: string | null;
  date: string | null;
  waterBody: string | null;
  items: ParsedItems<WaterItem>;
}

/** A water table: identifying columns plus one column per GB 3838 item. */
export function waterTableFromRows(
  header: readonly string[],
  rows: readonly TableRow[],
): { samples: WaterFileSample[]; problems: RowProblem[] } {
  const col = columnIndex(header, WATER_FIELDS);
  const itemCols = header
    .map((h, i) => ({ h, i }))
    .filter(({ h, i }) => ![...col.values()].includes(i) && waterItemOf(h) !== null);
  const problems: RowProblem[] = [];
  if (itemCols.length === 0)
    problems.push({ row: 1, message: '未找到 GB 3838 监测项目列(如 pH、溶解氧、高锰酸盐指数、氨氮、总磷…)' });
  const unknown = header.filter(
    (h, i) => ![...col.values()].includes(i) && waterItemOf(h) === null && normalizeItemName(h) !== '',
  );
  if (unknown.length > 0)
    problems.push({ row: 1, message: `以下列不是 GB 3838 项目, 未参与评价: ${unknown.join('、')}` });
  const samples: WaterFileSample[] = [];
  for (const r of rows) {
    if (r.cells.every((c) => text(c) === null)) continue;
    const raw: Record<string, unknown> = {};
    for (const { h, i } of itemCols) raw[h] = r.cells[i] instanceof Date ? null : r.cells[i];
    const items = parseWaterItems(raw);
    for (const e of items.errors) problems.push({ row: r.number, column: e.item, message: e.error });
    const at = (field: string) => {
      const i = col.get(field);
      return i === undefined ? null : text(r.cells[i]);
    };
    const dateCol = col.get('date');
    samples.push({
      row: r.number,
      site: at('site') ?? `第 ${r.number} 行`,
      type: at('type'),
      county: at('county'),
      date: dateCol === undefined ? null : parseDateText(r.cells[dateCol]),
      waterBody: at('body'),
      items,
    });
  }
  return { samples, problems };
}
