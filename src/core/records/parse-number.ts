// Numbers and measured values. Monitoring files mark a missing value with a blank, "—", "NA" or
// -99; a value below the detection limit is written "<0.01", "0.01L", "ND" or "未检出" and must
// stay that fact (a string), never become 0.
import { type Cell, cellText, isCellError, numberText } from './cell.ts';
import type { Parsed } from './parse-date.ts';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Markers of "no value" in monitoring exports. */
const MISSING = new Set(['—', '——', '-', '--', '---', '/', 'na', 'n/a', 'nan', 'null', '无', '缺测', '无数据']);
const MISSING_NUMBERS = new Set([-99, -999, -9999]);

function normalizedText(c: Cell): string | null {
  const t = cellText(c);
  return t === null ? null : t.normalize('NFKC').replace(/\s+/g, '');
}

/** Whether the cell says "no value" (blank, —, NA, -99 …). */
export function isMissingValue(c: Cell): boolean {
  if (c === null) return true;
  if (typeof c === 'number') return MISSING_NUMBERS.has(c);
  if (isCellError(c)) return false;
  const t = normalizedText(c);
  if (t === null) return true;
  return MISSING.has(t.toLowerCase()) || (NUMBER.test(t) && MISSING_NUMBERS.has(Number(t)));
}

/** A plain number (thousands separators allowed); null when blank. */
export function parseNumberCell(c: Cell): Parsed<number> | null {
  if (c === null || isCellError(c)) return null;
  if (typeof c === 'number')
    return Number.isFinite(c) ? { ok: true, value: c } : { ok: false, message: '不是有效的数字' };
  if (typeof c === 'boolean' || c instanceof Date) return { ok: false, message: `「${cellText(c)}」不是数字` };
  const raw = cellText(c);
  if (raw === null) return null;
  const t = raw.normalize('NFKC').replace(/[\s,]/g, '');
  if (!NUMBER.test(t)) return { ok: false, message: `「${raw}」不是数字` };
  return { ok: true, value: Number(t) };
}

const BELOW_LIMIT = /^[<≤]([\d.]+)$/;
const L_SUFFIX = /^([\d.]+)l$/i;
const NOT_DETECTED = /^(?:nd|未检出|未检测到|低于检出限)$/i;
const NOT_DETECTED_WITH_LIMIT = /^(?:nd|未检出)[(]?<([\d.]+)[)]?$/i;

/**
 * A measured value: a number, or a below-detection-limit string kept as written in a normal
 * form ("<0.01", "ND", "未检出"; the Chinese report convention "0.01L" becomes "<0.01").
 * Null when blank or marked missing.
 */
export function parseMeasureCell(c: Cell): Parsed<number | string> | null {
  if (isCellError(c)) return null;
  if (isMissingValue(c)) return null;
  if (typeof c === 'number') return parseNumberCell(c);
  const raw = cellText(c);
  if (raw === null) return null;
  const t = (normalizedText(c) ?? '').replace(/＜/g, '<');
  if (NOT_DETECTED.test(t)) return { ok: true, value: /^nd$/i.test(t) ? 'ND' : raw.normalize('NFKC').trim() };
  const withLimit = NOT_DETECTED_WITH_LIMIT.exec(t) ?? BELOW_LIMIT.exec(t) ?? L_SUFFIX.exec(t);
  if (withLimit) {
    const limit = withLimit[1] ?? '';
    if (!NUMBER.test(limit)) return { ok: false, message: `无法识别的测定值「${raw}」` };
    return { ok: true, value: `<${numberText(Number(limit))}` };
  }
  const n = parseNumberCell(c);
  if (n && !n.ok) return { ok: false, message: `无法识别的测定值「${raw}」:应为数字,或 <检出限、ND、未检出` };
  return n;
}
