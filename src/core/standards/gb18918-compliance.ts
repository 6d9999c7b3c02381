// Effluent compliance of a municipal wastewater treatment plant by GB 18918—2002: each 日均值
// (24-h composite, §4.1.4.2) against the grade's Table 1/Table 2 limit. The NH3-N limit depends
// on the water temperature (note ②), the TP limit on when the plant was built; when the
// condition is unknown and the value falls between the two limits, the item is undecided.
import { EFFLUENT_GRADE_NAMES, type EffluentGrade, GB18918_ITEMS, type Gb18918Item } from './gb18918-limits.ts';
import { checkLimit, isBelowDetectionLimit, type LimitCheck, type Measurement } from './measurement.ts';
import { assertIsoDate } from './standard-versions.ts';

export const GB18918_STANDARD = 'GB 18918-2002' as const;
/** A 修改单 of GB 18918—2002 takes effect on this day (wastewater_gb18918.json; text seen only in part). */
export const GB18918_AMENDMENT_2026_EFFECTIVE = '2026-03-01';

export type EffluentSample = Partial<Record<Gb18918Item, Measurement>>;

export interface EffluentConditions {
  /** Water temperature (℃) of the day: selects the NH3-N limit (> 12 ℃ or ≤ 12 ℃). */
  waterTemperatureC?: number;
  /** When the plant was built: YYYY, YYYY-MM or YYYY-MM-DD; before 2006-01-01 selects the older TP limit. */
  plantBuiltOn?: string;
  /** Day the sample describes (YYYY-MM-DD); from 2026-03-01 a caveat about the 修改单 is added. */
  date?: string;
  /**
   * Stricter limits from a discharge permit or a local standard (e.g. 准IV类), replacing the
   * GB 18918 value for those items.
   */
  limitOverrides?: Partial<Record<Gb18918Item, number>>;
}

export type EffluentLimit = number | readonly [number, number] | '不得检出';

export interface EffluentExceedance {
  item: Gb18918Item;
  name: string;
  value: Measurement;
  limit: EffluentLimit;
}

export interface EffluentComplianceResult {
  standard: typeof GB18918_STANDARD;
  grade: EffluentGrade;
  gradeName: string;
  /** All present items meet their limits; false if any exceeds; null if some is undecided. */
  compliant: boolean | null;
  exceedances: EffluentExceedance[];
  undecided: { item: Gb18918Item; name: string; value: Measurement; reason: string }[];
  /** The limit applied per item present (null = not controlled at this grade). */
  limitsUsed: Partial<Record<Gb18918Item, EffluentLimit | null>>;
  /** Items whose limit came from `limitOverrides`. */
  overridden: Gb18918Item[];
  /** Sample keys that are not GB 18918 items. */
  ignoredItems: string[];
  caveats: string[];
}

const BUILT_ON = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function combineChecks(checks: readonly LimitCheck[]): LimitCheck {
  if (checks.every((c) => c === 'meets')) return 'meets';
  if (checks.every((c) => c === 'exceeds')) return 'exceeds';
  return 'undecidable';
}

/** Compliance of one day's effluent with a GB 18918 grade (一级A by default). */
export function effluentCompliance(
  sample: EffluentSample,
  grade: EffluentGrade = '1A',
  conditions: EffluentConditions = {},
): EffluentComplianceResult {
  const { waterTemperatureC: temp, plantBuiltOn: built } = conditions;
  if (temp !== undefined && !Number.isFinite(temp)) throw new RangeError(`水温无效: ${temp}`);
  if (built !== undefined && !BUILT_ON.test(built)) throw new RangeError(`建设日期格式应为 YYYY[-MM[-DD]]: ${built}`);
  if (conditions.date !== undefined) assertIsoDate(conditions.date);

  const exceedances: EffluentExceedance[] = [];
  const undecided: EffluentComplianceResult['undecided'] = [];
  const limitsUsed: EffluentComplianceResult['limitsUsed'] = {};
  const overridden: Gb18918Item[] = [];
  const known = new Set<string>();

  for (const spec of GB18918_ITEMS) {
    known.add(spec.item);
    const value = sample[spec.item];
    if (value === undefined) continue;
    let check: LimitCheck;
    let limit: EffluentLimit | null;
    let reason =
      isBelowDetectionLimit(value) && value.limit === null
        ? '未检出但未给出检出限, 无法判断'
        : '检出限高于标准限值, 无法判断';
    const override = conditions.limitOverrides?.[spec.item];

    if (override !== undefined) {
      overridden.push(spec.item);
      limit = override;
      check = checkLimit(value, override, 'max');
    } else if (spec.kind === 'range') {
      limit = spec.range;
      check = isBelowDetectionLimit(value)
        ? 'undecidable'
        : value >= spec.range[0] && value <= spec.range[1]
          ? 'meets'
          : 'exceeds';
    } else if (spec.kind === 'not-detected') {
      // 烷基汞 "不得检出": a reported number means it was detected.
      limit = '不得检出';
      check = isBelowDetectionLimit(value) || value === 0 ? 'meets' : 'exceeds';
    } else {
      let candidates: (number | null)[];
      let unknownCondition = '';
      if (spec.kind === 'max') {
        candidates = [spec.limits[grade]];
      } else if (spec.kind === 'by-water-temperature') {
        candidates =
          temp === undefined
            ? [spec.above12C[grade], spec.atOrBelow12C[grade]]
            : [temp > 12 ? spec.above12C[grade] : spec.atOrBelow12C[grade]];
        unknownCondition = '未给出水温, 氨氮限值(>12℃ 或 ≤12℃)无法确定';
      } else {
        candidates =
          built === undefined
            ? [spec.builtBefore2006[grade], spec.builtFrom2006[grade]]
            : [built < '2006' ? spec.builtBefore2006[grade] : spec.builtFrom2006[grade]];
        unknownCondition = '未给出建设时间, 总磷限值(2006年前或后建设)无法确定';
      }
      const limits = candidates.filter((l): l is number => l !== null);
      if (limits.length === 0) {
        limitsUsed[spec.item] = null; // "—": not controlled at this grade
        continue;
      }
      check = combineChecks(limits.map((l) => checkLimit(value, l, 'max')));
      if (new Set(limits).size === 1) {
        limit = limits[0] ?? null;
      } else {
        // The condition is unknown: a verdict holding for both limits stands, reported with the
        // limit that settles it (meets even the stricter / exceeds even the looser).
        limit = check === 'meets' ? Math.min(...limits) : check === 'exceeds' ? Math.max(...limits) : null;
        if (check === 'undecidable') reason = unknownCondition;
      }
    }
    limitsUsed[spec.item] = limit;
    if (check === 'exceeds' && limit !== null) exceedances.push({ item: spec.item, name: spec.name, value, limit });
    if (check === 'undecidable') undecided.push({ item: spec.item, name: spec.name, value, reason });
  }

  const caveats: string[] = [];
  if (conditions.date !== undefined && conditions.date >= GB18918_AMENDMENT_2026_EFFECTIVE) {
    caveats.push('GB 18918—2002 修改单自2026-03-01施行, 其内容未核对; 表1限值按2002年原文');
  }
  return {
    standard: GB18918_STANDARD,
    grade,
    gradeName: EFFLUENT_GRADE_NAMES[grade],
    compliant: exceedances.length > 0 ? false : undecided.length > 0 ? null : true,
    exceedances,
    undecided,
    limitsUsed,
    overridden,
    ignoredItems: Object.keys(sample).filter((k) => !known.has(k)),
    caveats,
  };
}
