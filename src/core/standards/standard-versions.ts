// Which edition of each air standard is in force on a given day. HJ 633—2012, GB 3095—2012 and
// HJ 663—2013 were replaced on 2026-03-01 by HJ 633—2026, GB 3095—2026 and HJ 663—2026
// (HJ 633—2026 前言: "自本标准实施之日起，HJ 633—2012 废止"). A value must be computed with the
// edition in force on the day it describes, so every computation starts from a date.

export type Hj633Version = 'HJ 633-2012' | 'HJ 633-2026';
export type Gb3095Version = 'GB 3095-2012' | 'GB 3095-2026';
export type Hj663Version = 'HJ 663-2013' | 'HJ 663-2026';
/** GB 3095—2026 §4.4: transitional limits 2026-03-01…2030-12-31, final limits from 2031-01-01. */
export type Gb3095Phase = 'GB 3095-2012' | 'GB 3095-2026 过渡阶段' | 'GB 3095-2026';

/** Effective date of HJ 633—2026, GB 3095—2026 and HJ 663—2026. */
export const AIR_STANDARDS_2026_EFFECTIVE = '2026-03-01';
/** GB 3095—2026 §4.4: the final (non-transitional) limits apply from this day. */
export const GB3095_2026_FINAL_LIMITS_FROM = '2031-01-01';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Throws unless `date` is a real calendar day written YYYY-MM-DD (string order = date order). */
export function assertIsoDate(date: string): void {
  const m = ISO_DATE.exec(date);
  const [, y, mo, d] = m ?? [];
  if (y === undefined || mo === undefined || d === undefined) {
    throw new RangeError(`日期格式应为 YYYY-MM-DD: ${date}`);
  }
  const t = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (t.getUTCFullYear() !== Number(y) || t.getUTCMonth() !== Number(mo) - 1 || t.getUTCDate() !== Number(d)) {
    throw new RangeError(`日期不存在: ${date}`);
  }
}

/**
 * The HJ 633 edition in force on `date` (YYYY-MM-DD). Days before 2016-01-01 (when HJ 633—2012
 * applied nationwide; earlier only in pilot cities) also get 2012: no older AQI rule is modelled.
 */
export function standardVersionFor(date: string): Hj633Version {
  assertIsoDate(date);
  return date < AIR_STANDARDS_2026_EFFECTIVE ? 'HJ 633-2012' : 'HJ 633-2026';
}

export function gb3095VersionFor(date: string): Gb3095Version {
  assertIsoDate(date);
  return date < AIR_STANDARDS_2026_EFFECTIVE ? 'GB 3095-2012' : 'GB 3095-2026';
}

export function gb3095PhaseFor(date: string): Gb3095Phase {
  assertIsoDate(date);
  if (date < AIR_STANDARDS_2026_EFFECTIVE) return 'GB 3095-2012';
  return date < GB3095_2026_FINAL_LIMITS_FROM ? 'GB 3095-2026 过渡阶段' : 'GB 3095-2026';
}

export function hj663VersionFor(date: string): Hj663Version {
  assertIsoDate(date);
  return date < AIR_STANDARDS_2026_EFFECTIVE ? 'HJ 663-2013' : 'HJ 663-2026';
}
