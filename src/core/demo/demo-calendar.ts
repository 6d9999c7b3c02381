// Dates of the demo year. Every date is YYYY-MM-DD text, computed in UTC so no time zone shifts a day.
import type { Random } from './random.ts';

const DAY_MS = 86_400_000;

export function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Every day of the year in order. */
export function daysOfYear(year: number): string[] {
  const out: string[] = [];
  for (let d = isoDate(year, 1, 1); d.startsWith(String(year)); d = addDays(d, 1)) out.push(d);
  return out;
}

export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

/**
 * Sampling work by month: light around the Spring Festival (January–February), heavier before
 * the Mid-Autumn and National Day holidays (September).
 */
export const SAMPLING_MONTH_WEIGHTS: readonly number[] = [
  0.55, 0.6, 1, 1.05, 1.1, 1.1, 1.05, 1.05, 1.2, 1.1, 1.1, 0.95,
];

/** A random day of the year, month chosen by weight. */
export function randomDate(
  rng: Random,
  year: number,
  monthWeights: readonly number[] = SAMPLING_MONTH_WEIGHTS,
): string {
  const month = rng.weighted(monthWeights.map((w, i) => [i + 1, w] as const));
  return isoDate(year, month, rng.int(1, daysInMonth(year, month)));
}

/** The natural key of a demo row: the `demo:` prefix keeps it apart from any real key. */
export function demoKey(year: number, table: string, ...parts: (string | number)[]): string {
  return ['demo', year, table, ...parts].join(':');
}

/** Prefix of every natural key written by the demo of one year. */
export function demoKeyPrefix(year: number): string {
  return `demo:${year}:`;
}
