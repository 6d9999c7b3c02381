// EPCIS requires every event time to carry its time zone offset (eventTime with Z or ±hh:mm, and
// eventTimeZoneOffset). A time without one is ambiguous by up to a day, which breaks ordering
// rules such as "nothing happens to a lot after it is destroyed", so it is refused, not guessed.
import type { Parsed } from './identifiers.ts';

const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const OFFSET = /^[+-](\d{2}):(\d{2})$/;

export interface EventTime {
  utc: string;
  offset: string;
}

export function parseEventTime(time: string, zoneOffset: string | undefined): Parsed<EventTime> {
  const m = time.trim().match(WITH_OFFSET);
  if (!m) {
    return /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(time.trim())
      ? { ok: false, reason: `事件时间「${time}」缺少时区偏移(应以 Z 或 +08:00 这样的偏移结尾)` }
      : { ok: false, reason: `事件时间「${time}」不是 ISO 8601 格式(例如 2024-05-01T08:30:00+08:00)` };
  }
  const offset = zoneOffset?.trim();
  if (!offset) return { ok: false, reason: '缺少 eventTimeZoneOffset(事件发生地的时区偏移,例如 +08:00)' };
  const o = offset.match(OFFSET);
  if (!o || Number(o[1]) > 14 || Number(o[2]) > 59) {
    return { ok: false, reason: `eventTimeZoneOffset「${offset}」应为 ±hh:mm` };
  }
  const ms = Date.parse(time.trim());
  if (Number.isNaN(ms)) return { ok: false, reason: `事件时间「${time}」不是有效的日期时间` };
  // Date.parse accepts 2024-02-30 by rolling over; compare the calendar fields back.
  const [, y, mo, d] = m;
  const check = new Date(ms + offsetMinutes(m[8] ?? 'Z') * 60_000);
  if (
    check.getUTCFullYear() !== Number(y) ||
    check.getUTCMonth() + 1 !== Number(mo) ||
    check.getUTCDate() !== Number(d)
  ) {
    return { ok: false, reason: `事件时间「${time}」不是有效的日期` };
  }
  return { ok: true, value: { utc: new Date(ms).toISOString(), offset } };
}

function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/** Writes a UTC instant as local time with its offset, as EPCIS documents carry it. */
export function formatWithOffset(utcIso: string, offset: string): string {
  const local = new Date(Date.parse(utcIso) + offsetMinutes(offset) * 60_000).toISOString().slice(0, 19);
  return `${local}${offset === '+00:00' ? 'Z' : offset}`;
}
