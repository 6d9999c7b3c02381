// Dates as staff write them: Excel serial numbers, 2023-05-06, 2023/5/6, 2023.5.6, 2023年5月6日,
// 20230506, optionally followed by a time (2023-05-06 13:00, 2023年5月6日13时). Parsed by hand:
// Date.parse reads "2023/5/6" in local time and accepts impossible dates like 2023-02-30.
import { type Cell, cellText, isCellError } from './cell.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoDate(p: { year: number; month: number; day: number }): string {
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

// Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for (serials ≥ 61).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MAX_SERIAL = 73051; // 2100-01-01

/** Parts of an Excel serial date-time, to the nearest minute. */
export function excelSerialParts(serial: number): DateTimeParts | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL) return null;
  const minutes = Math.round(serial * 1440);
  const d = new Date(EXCEL_EPOCH_MS + minutes * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

function dateParts(d: Date): DateTimeParts | null {
  if (Number.isNaN(d.getTime())) return null;
  // exceljs gives date cells as UTC midnight (plus the time of day): read them in UTC.
  const rounded = new Date(Math.round(d.getTime() / 60_000) * 60_000);
  return {
    year: rounded.getUTCFullYear(),
    month: rounded.getUTCMonth() + 1,
    day: rounded.getUTCDate(),
    hour: rounded.getUTCHours(),
    minute: rounded.getUTCMinutes(),
  };
}

const DATE_PART = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(\d{2})?(?=$|[\sT])/;
const TIME_PART = /^[\sT]*(\d{1,2})\s*(?:[:时点]\s*(?:(\d{1,2})\s*(?:[:分]\s*(?:(\d{1,2})(?:\.\d+)?\s*秒?)?)?)?)?$/;

interface TextParts extends DateTimeParts {
  hasTime: boolean;
}

function textParts(raw: string): TextParts | null {
  const s = raw.normalize('NFKC').trim();
  let m = DATE_PART.exec(s);
  let rest: string;
  let hour = 0;
  let minute = 0;
  let hasTime = false;
  if (m) {
    rest = s.slice(m[0].length);
  } else {
    m = COMPACT.exec(s);
    if (!m) return null;
    rest = s.slice(m[0].length);
    if (m[4] !== undefined) {
      hour = Number(m[4]);
      hasTime = true;
    }
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (rest.trim() !== '') {
    if (hasTime) return null;
    const t = TIME_PART.exec(rest);
    if (!t) return null;
    hour = Number(t[1]);
    minute = t[2] === undefined ? 0 : Number(t[2]);
    hasTime = true;
  }
  return { year, month, day, hour, minute, hasTime };
}

function partsOf(c: Cell): { parts: DateTimeParts | null; text: string } | null {
  if (c === null) return null;
  if (c instanceof Date) return { parts: dateParts(c), text: String(c) };
  if (typeof c === 'number') {
    // 20230506 typed as a number is a compact date, not serial day 20,230,506.
    if (Number.isInteger(c) && c >= 19000101 && c <= 21001231) {
      const y = Math.floor(c / 10000);
      const m = Math.floor(c / 100) % 100;
      const d = c % 100;
      return { parts: { year: y, month: m, day: d, hour: 0, minute: 0 }, text: String(c) };
    }
    return { parts: excelSerialParts(c), text: String(c) };
  }
  const text = cellText(c);
  if (text === null) return null;
  // A bare serial number written as text (CSV exported from Excel without formatting).
  if (/^\d{5}(\.\d+)?$/.test(text)) return { parts: excelSerialParts(Number(text)), text };
  return { parts: textParts(text), text };
}

const FORMAT_HINT = '请使用 2023-05-06、2023/5/6、2023年5月6日 或 20230506 等格式';

/** A calendar date as YYYY-MM-DD; null when the cell is blank. */
export function parseDateCell(c: Cell): Parsed<string> | null {
  if (isCellError(c)) return null;
  const p = partsOf(c);
  if (p === null) return null;
  if (!p.parts) return { ok: false, message: `无法识别的日期「${p.text}」,${FORMAT_HINT}` };
  const { year, month, day } = p.parts;
  if (!validDate(year, month, day)) return { ok: false, message: `日期不存在或超出范围:「${p.text}」` };
  return { ok: true, value: isoDate(p.parts) };
}

/** A date and a whole hour (0–23), for hourly monitoring data. */
export function parseDateTimeCell(c: Cell): Parsed<{ date: string; hour: number }> | null {
  if (isCellError(c)) return null;
  const p = partsOf(c);
  if (p === null) return null;
  if (!p.parts) {
    return { ok: false, message: `无法识别的时间「${p.text}」,请使用 2023-05-06 13:00 等格式` };
  }
  const { year, month, day, hour, minute } = p.parts;
  if (!validDate(year, month, day)) return { ok: false, message: `日期不存在或超出范围:「${p.text}」` };
  if (hour > 23) return { ok: false, message: `小时应为 0–23,「${p.text}」不符合` };
  if (minute !== 0) return { ok: false, message: `小时数据的时间应为整点,「${p.text}」不是整点` };
  return { ok: true, value: { date: isoDate(p.parts), hour } };
}

const MONTH_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(?:份)?$/;
const MONTH_COMPACT = /^(\d{4})(\d{2})$/;

/** A month as YYYY-MM: 2023-05, 2023/5, 2023年5月, 202305, or any date within the month. */
export function parseMonthCell(c: Cell): Parsed<string> | null {
  if (isCellError(c)) return null;
  if (typeof c === 'number' && Number.isInteger(c) && c >= 190001 && c <= 210012) {
    const y = Math.floor(c / 100);
    const m = c % 100;
    return m >= 1 && m <= 12 ? { ok: true, value: `${y}-${pad(m)}` } : { ok: false, message: `无法识别的月份「${c}」` };
  }
  const text = typeof c === 'string' ? cellText(c) : null;
  if (text !== null) {
    const s = text.normalize('NFKC');
    const m = MONTH_TEXT.exec(s) ?? MONTH_COMPACT.exec(s);
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      if (y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12) return { ok: true, value: `${y}-${pad(mo)}` };
      return { ok: false, message: `月份不存在:「${text}」` };
    }
  }
  const d = parseDateCell(c);
  if (d === null) return null;
  if (!d.ok) return { ok: false, message: `无法识别的月份「${cellText(c) ?? ''}」,请使用 2023-05 或 2023年5月 等格式` };
  return { ok: true, value: d.value.slice(0, 7) };
}
