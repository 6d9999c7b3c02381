// A measured value, or "below the detection limit" (未检出, "<L"). A value below the detection
// limit is never turned into 0 or L/2 here: it is only known to be under L, so it meets a limit
// ≥ L and cannot be judged against a smaller one. (Doubt, water_gb3838.json: practice treats
// 未检出 as Class I and averages with L/2 — not verified; see `belowDetectionLimitPolicy`.)

export type Measurement = number | { belowDetectionLimit: true; limit: number | null };

export type LimitDirection = 'max' | 'min';
/** 'meets' / 'exceeds' when certain, 'undecidable' when a detection limit hides the answer. */
export type LimitCheck = 'meets' | 'exceeds' | 'undecidable';

export function isBelowDetectionLimit(m: Measurement): m is { belowDetectionLimit: true; limit: number | null } {
  return typeof m === 'object' && m !== null && m.belowDetectionLimit === true;
}

/** Text of a measurement as reports write it ("<0.01", "未检出"). */
export function formatMeasurement(m: Measurement): string {
  if (!isBelowDetectionLimit(m)) return String(m);
  return m.limit === null ? '未检出' : `<${m.limit}`;
}

/**
 * Checks a measurement against a limit. 'max': value ≤ limit meets (pollutants); 'min':
 * value ≥ limit meets (dissolved oxygen). "<L" meets a maximum ≥ L, and fails a minimum ≥ L.
 */
export function checkLimit(m: Measurement, limit: number, direction: LimitDirection): LimitCheck {
  if (!isBelowDetectionLimit(m)) {
    if (!Number.isFinite(m)) throw new RangeError(`测定值无效: ${m}`);
    if (direction === 'max') return m <= limit ? 'meets' : 'exceeds';
    return m >= limit ? 'meets' : 'exceeds';
  }
  if (m.limit === null) return 'undecidable';
  // The true value v satisfies 0 ≤ v < L.
  if (direction === 'max') return m.limit <= limit ? 'meets' : 'undecidable';
  return m.limit <= limit ? 'exceeds' : 'undecidable';
}
