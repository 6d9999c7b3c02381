// Reporting periods: a month `2023-05`, a quarter `2023-Q2`, the year to date `2023-YTD` and a
// year `2023`. Every period is a set of whole calendar months, so any period's value can be
// derived from monthly aggregates without touching the records again.
//
// Year to date runs from January through the last month that has data in that year, never past
// the month of "today": records arrive with a delay (food sampling notices are published one or
// two months later), so "up to today" would count empty months as if nothing had happened.
// With no data at all it runs through the current month (December for a past year).

export type PeriodKind = 'month' | 'quarter' | 'ytd' | 'year';

export interface Period {
  key: string;
  kind: PeriodKind;
  year: number;
  /** The months the period covers, `YYYY-MM`, in order. */
  months: string[];
  /** First and last day, `YYYY-MM-DD`. */
  start: string;
  end: string;
  /** Chinese label: 2023年5月, 2023年第二季度, 2023年1—5月, 2023年. */
  label: string;
}

const QUARTER_NAMES = ['一', '二', '三', '四'];

export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => monthKey(year, i + 1));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function lastDay(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** Today as `YYYY-MM-DD` in UTC+8 (the platform serves China; a UTC date would flip at 08:00). */
export function chinaDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

const PERIOD = /^(\d{4})(?:-(\d{2})|-Q([1-4])|-(YTD))?$/i;

/** Whether a string is a period key (month, quarter, YTD or year). */
export function isPeriodKey(key: string): boolean {
  const m = PERIOD.exec(key);
  if (!m) return false;
  const month = m[2] === undefined ? null : Number(m[2]);
  return month === null || (month >= 1 && month <= 12);
}

export interface ResolveOptions {
  /** Today, `YYYY-MM-DD`. */
  today: string;
  /** The last month with data in the period's year (`YYYY-MM`), for the year to date. */
  lastDataMonth?: string | null;
}

/** Resolves a period key into its months and dates; throws RangeError on a malformed key. */
export function resolvePeriod(key: string, opts: ResolveOptions): Period {
  const m = PERIOD.exec(key.trim());
  if (!m || !isPeriodKey(key.trim())) throw new RangeError(`期间格式应为 2023、2023-05、2023-Q2 或 2023-YTD: ${key}`);
  const year = Number(m[1]);
  const make = (kind: PeriodKind, months: string[], label: string, k: string): Period => ({
    key: k,
    kind,
    year,
    months,
    start: `${months[0]}-01`,
    end: lastDay(months[months.length - 1] as string),
    label,
  });
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    return make('month', [monthKey(year, month)], `${year}年${month}月`, monthKey(year, month));
  }
  if (m[3] !== undefined) {
    const q = Number(m[3]);
    const months = [1, 2, 3].map((i) => monthKey(year, (q - 1) * 3 + i));
    return make('quarter', months, `${year}年第${QUARTER_NAMES[q - 1]}季度`, `${year}-Q${q}`);
  }
  if (m[4] !== undefined) {
    const end = ytdEndMonth(year, opts);
    const months = monthsOfYear(year).slice(0, end);
    return make('ytd', months, end === 1 ? `${year}年1月` : `${year}年1—${end}月`, `${year}-YTD`);
  }
  return make('year', monthsOfYear(year), `${year}年`, String(year));
}

/** The month number (1–12) the year to date ends with; see the file comment. */
export function ytdEndMonth(year: number, opts: ResolveOptions): number {
  const todayYear = Number(opts.today.slice(0, 4));
  const cap = todayYear > year ? 12 : todayYear < year ? 1 : Number(opts.today.slice(5, 7));
  const last = opts.lastDataMonth;
  if (last && Number(last.slice(0, 4)) === year) return Math.max(1, Math.min(cap, Number(last.slice(5, 7))));
  return cap;
}

/** The 12 months, 4 quarters, year to date and year of a year, for a full matrix of values. */
export function periodsOfYear(year: number, opts: ResolveOptions): Period[] {
  return [...monthsOfYear(year), ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`), `${year}-YTD`, String(year)].map((k) =>
    resolvePeriod(k, opts),
  );
}

/** The same months one year earlier (for "this period against the same period last year"). */
export function samePeriodLastYear(p: Period): string[] {
  return p.months.map((m) => monthKey(Number(m.slice(0, 4)) - 1, Number(m.slice(5, 7))));
}

/**
 * Whether a period can no longer change its verdict: a month or quarter once its last day is
 * over; the year to date and the year only when the year is over (their target is the year's).
 */
export function isComplete(p: Period, today: string): boolean {
  return targetSpan(p).end < today;
}

const DAY_MS = 86_400_000;

export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

export function dateOfDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The span a period's target is judged over: a month or quarter is its own span; the year to
 * date and the year are judged against the whole year's target, so their span is the year.
 */
export function targetSpan(p: Period): { start: string; end: string } {
  return p.kind === 'month' || p.kind === 'quarter'
    ? { start: p.start, end: p.end }
    : { start: `${p.year}-01-01`, end: `${p.year}-12-31` };
}
