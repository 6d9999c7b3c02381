// Reporting periods as the indicator API names them: a year `2023`, a quarter `2023-Q2`, a month
// `2023-05` and the year to date `2023-YTD` (src/core/indicators/periods.ts). Pages keep the key
// in the URL (?period=2023-Q2) and derive the year from it.

export type PeriodKind = 'year' | 'quarter' | 'month' | 'ytd';

export interface PeriodParts {
  year: number;
  kind: PeriodKind;
  /** Quarter 1–4 or month 1–12; 0 for year and year to date. */
  index: number;
}

const PERIOD = /^(\d{4})(?:-(\d{2})|-Q([1-4])|-(YTD))?$/i;

export function parsePeriod(key: string | null | undefined): PeriodParts | null {
  const m = key ? PERIOD.exec(key.trim()) : null;
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { year, kind: 'month', index: month } : null;
  }
  if (m[3] !== undefined) return { year, kind: 'quarter', index: Number(m[3]) };
  if (m[4] !== undefined) return { year, kind: 'ytd', index: 0 };
  return { year, kind: 'year', index: 0 };
}

export function periodKey(p: PeriodParts): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'ytd':
      return `${p.year}-YTD`;
    case 'quarter':
      return `${p.year}-Q${p.index}`;
    case 'month':
      return `${p.year}-${String(p.index).padStart(2, '0')}`;
  }
}

const QUARTER_NAMES = ['一', '二', '三', '四'];

/** 2023年, 2023年第二季度, 2023年5月, 2023年初至今. */
export function periodLabel(key: string): string {
  const p = parsePeriod(key);
  if (!p) return key;
  switch (p.kind) {
    case 'year':
      return `${p.year}年`;
    case 'ytd':
      return `${p.year}年初至今`;
    case 'quarter':
      return `${p.year}年第${QUARTER_NAMES[p.index - 1]}季度`;
    case 'month':
      return `${p.year}年${p.index}月`;
  }
}

/** The same kind of period in another year (switching the year keeps 第二季度 a second quarter). */
export function withYear(p: PeriodParts, year: number): PeriodParts {
  return { ...p, year };
}

/** The default sub-period when switching kind: the current quarter/month of this year, else the first. */
export function defaultIndex(kind: PeriodKind, year: number, today = new Date()): number {
  if (kind === 'year' || kind === 'ytd') return 0;
  const sameYear = today.getFullYear() === year;
  const month = today.getMonth() + 1;
  if (kind === 'quarter') return sameYear ? Math.ceil(month / 3) : 1;
  return sameYear ? month : 1;
}

/** `YYYY-MM` → "5月". */
export function monthLabel(month: string): string {
  const m = Number(month.slice(5, 7));
  return Number.isFinite(m) && m > 0 ? `${m}月` : month;
}
