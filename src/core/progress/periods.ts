// Reporting periods and their due dates. A plan reports monthly or quarterly; each period is due
// on a fixed day of the month after it ends (the 5th by default), unless the 州质量办 set a date
// for that one period (a holiday, a special deadline). Dates are YYYY-MM-DD in the prefecture's
// own calendar (UTC+8), so "today" does not flip at 08:00 local time.

export type Frequency = 'monthly' | 'quarterly';

export interface ProgressSchedule {
  frequency: Frequency;
  year: number;
  /** First month (1–12) that is reported; a plan issued in May need not report January. */
  startMonth: number;
  /** Day (1–28) of the month after a period ends on which its report is due. */
  dueDay: number;
  /** A report due within this many days shows yellow. */
  warnDays: number;
  /** Per-period due dates that replace the rule: period key → YYYY-MM-DD. */
  dueOverrides: Record<string, string>;
}

export interface Period {
  /** 2023-07 (monthly) or 2023-Q3 (quarterly). */
  key: string;
  label: string;
  start: string;
  end: string;
  due: string;
}

export const DEFAULT_DUE_DAY = 5;
export const DEFAULT_WARN_DAYS = 5;
/** 临夏 keeps China Standard Time all year. */
export const PREFECTURE_UTC_OFFSET_MINUTES = 8 * 60;

const QUARTER_NAMES = ['一', '二', '三', '四'];

export function defaultSchedule(year: number): ProgressSchedule {
  return {
    frequency: 'quarterly',
    year,
    startMonth: 1,
    dueDay: DEFAULT_DUE_DAY,
    warnDays: DEFAULT_WARN_DAYS,
    dueOverrides: {},
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar date in the prefecture at an instant. */
export function localDate(now: Date, offsetMinutes = PREFECTURE_UTC_OFFSET_MINUTES): string {
  return new Date(now.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The rule's due date: dueDay of the month after the period's last month. */
function ruleDue(year: number, lastMonth: number, dueDay: number): string {
  return lastMonth === 12 ? ymd(year + 1, 1, dueDay) : ymd(year, lastMonth + 1, dueDay);
}

/** Every period of the schedule's year, in order. */
export function periodsOf(s: ProgressSchedule): Period[] {
  const out: Period[] = [];
  const due = (key: string, lastMonth: number) => s.dueOverrides[key] ?? ruleDue(s.year, lastMonth, s.dueDay);
  if (s.frequency === 'monthly') {
    for (let m = s.startMonth; m <= 12; m++) {
      const key = `${s.year}-${pad(m)}`;
      out.push({
        key,
        label: `${s.year}年${m}月`,
        start: ymd(s.year, m, 1),
        end: ymd(s.year, m, lastDay(s.year, m)),
        due: due(key, m),
      });
    }
    return out;
  }
  for (let q = Math.ceil(s.startMonth / 3); q <= 4; q++) {
    const key = `${s.year}-Q${q}`;
    const first = q * 3 - 2;
    const last = q * 3;
    out.push({
      key,
      label: `${s.year}年第${QUARTER_NAMES[q - 1]}季度`,
      start: ymd(s.year, first, 1),
      end: ymd(s.year, last, lastDay(s.year, last)),
      due: due(key, last),
    });
  }
  return out;
}

/** Periods a unit can report for on a day: those that have begun (the current one may be reported early). */
export function openPeriods(s: ProgressSchedule, today: string): Period[] {
  return periodsOf(s).filter((p) => p.start <= today);
}

const KEY = { monthly: /^(\d{4})-(0[1-9]|1[0-2])$/, quarterly: /^(\d{4})-Q([1-4])$/ } as const;

export function isPeriodKey(frequency: Frequency, key: string): boolean {
  return KEY[frequency].test(key);
}
