// Surface-water quality class by GB 3838—2002 §5.1 单因子评价 as the 地表水环境质量评价办法（试行）
// (环办〔2011〕22号) applies it: each item gets the best class whose limit it meets, the section
// gets the worst class among the items evaluated. Also whether a centralized drinking-water
// source 达标 (Table 1 Class III or better, and Table 2). Values below a detection limit are
// kept as such: when the detection limit hides the class the result says so instead of guessing.
import {
  type ClassLimits,
  GB3838_TABLE1,
  GB3838_TABLE2,
  type Gb3838BasicItem,
  type Gb3838ItemSpec,
  type Gb3838SupplementaryItem,
  WATER_CLASS_GRADES,
  WATER_CLASSES,
  type WaterBody,
  type WaterClass,
  type WaterQualityGrade,
} from './gb3838-limits.ts';
import { checkLimit, isBelowDetectionLimit, type LimitCheck, type Measurement } from './measurement.ts';

export const GB3838_STANDARD = 'GB 3838-2002' as const;
export const GB3838_METHOD = '地表水环境质量评价办法（试行）(环办〔2011〕22号) 单因子评价法' as const;

/** One sample (or period mean): items absent from the object were not measured. */
export type WaterSample = Partial<Record<Gb3838BasicItem | Gb3838SupplementaryItem, Measurement>>;

/**
 * 评价办法 2011: 水温、总氮、粪大肠菌群 are reference indicators reported separately, not used
 * for the class. Doubt (water_gb3838.json): the 评价办法 body text was not read; the list comes
 * from corroborating sources — pass `referenceItems` to change it.
 */
export const DEFAULT_REFERENCE_ITEMS: readonly Gb3838BasicItem[] = ['water_temperature', 'TN', 'fecal_coliform'];

/**
 * 评价办法 2011: when 氰化物 or heavy metals (铅、铬 …) exceed Class III they are listed first among
 * the main pollutants. Which items count as heavy metals is not spelled out in the transcription;
 * this list is a choice — pass `priorityItems` to change it.
 */
export const DEFAULT_PRIORITY_ITEMS: readonly Gb3838BasicItem[] = [
  'cyanide',
  'Hg',
  'Cd',
  'Cr6+',
  'Pb',
  'As',
  'Cu',
  'Zn',
];

export interface WaterEvaluationOptions {
  /** 'lake' = 湖泊、水库 (TP lake column; TN reported as reference). Default 'river'. */
  waterBody?: WaterBody;
  referenceItems?: readonly Gb3838BasicItem[];
  /**
   * 'strict' (default): "<L" is Class I only when L is within the Class I limit, otherwise the
   * class is undecided between I and the class L itself would get. 'meets-class-I': the common
   * practice (water_gb3838.json doubt, not verified) of counting 未检出 as Class I.
   */
  belowDetectionLimitPolicy?: 'strict' | 'meets-class-I';
  priorityItems?: readonly Gb3838BasicItem[];
}

export interface ItemClassResult {
  item: Gb3838BasicItem;
  name: string;
  value: Measurement;
  /** The item's class; null when a detection limit leaves it undecided. */
  class: WaterClass | null;
  bestPossibleClass: WaterClass;
  worstPossibleClass: WaterClass;
  /** 超标倍数 relative to the Class III limit, (C − C_III)/C_III; only for max-limit items above it. */
  exceedanceMultiple: number | null;
}

const rank = (c: WaterClass): number => WATER_CLASSES.indexOf(c);
const classAt = (i: number): WaterClass => WATER_CLASSES[i] ?? '劣V';
const worse = (a: WaterClass, b: WaterClass): WaterClass => (rank(a) >= rank(b) ? a : b);

function limitsFor(spec: Extract<Gb3838ItemSpec, { kind: 'max' | 'min' }>, waterBody: WaterBody): ClassLimits {
  return waterBody === 'lake' && spec.lakeLimits !== undefined ? spec.lakeLimits : spec.limits;
}

/** First class (best) whose limit the measurement certainly meets, or 劣V. */
function firstMet(m: Measurement, limits: ClassLimits, direction: 'max' | 'min'): number {
  const i = limits.findIndex((limit) => checkLimit(m, limit, direction) === 'meets');
  return i === -1 ? 5 : i;
}

/** Class of one Table 1 item. Where several classes share a limit the best is taken (从优). */
export function classifyItem(
  item: Gb3838BasicItem,
  value: Measurement,
  options: WaterEvaluationOptions = {},
): ItemClassResult {
  const spec = GB3838_TABLE1.find((s) => s.item === item);
  if (spec === undefined) throw new RangeError(`GB 3838 表1 无此项目: ${item}`);
  if (spec.kind === 'not-classed') throw new RangeError(`${spec.name} 不分类别评价`);
  const bdl = isBelowDetectionLimit(value);
  let best: WaterClass;
  let worst: WaterClass;
  let multiple: number | null = null;

  if (spec.kind === 'range') {
    // pH 6～9 does not degrade the class (treated as Class I); outside → 劣V.
    if (bdl) [best, worst] = ['I', '劣V'];
    else best = worst = value >= spec.range[0] && value <= spec.range[1] ? 'I' : '劣V';
  } else {
    const limits = limitsFor(spec, options.waterBody ?? 'river');
    if (spec.kind === 'max') {
      if (bdl && (options.belowDetectionLimitPolicy ?? 'strict') === 'meets-class-I') {
        best = worst = 'I';
      } else {
        // "<L": the true value may be 0 (Class I) or just under L.
        best = bdl ? 'I' : classAt(firstMet(value, limits, 'max'));
        worst = classAt(firstMet(value, limits, 'max'));
      }
      const limitIII = limits[2];
      if (!bdl && value > limitIII) multiple = (value - limitIII) / limitIII;
    } else {
      // Dissolved oxygen, higher is better. "<L" can only be as good as a value just under L.
      if (bdl) {
        const l = value.limit;
        const i = l === null ? 0 : limits.findIndex((limit) => limit < l);
        best = classAt(i === -1 ? 5 : i);
        worst = '劣V';
      } else {
        best = worst = classAt(firstMet(value, limits, 'min'));
      }
    }
  }
  return {
    item,
    name: spec.name,
    value,
    class: best === worst ? best : null,
    bestPossibleClass: best,
    worstPossibleClass: worst,
    exceedanceMultiple: multiple,
  };
}

export interface MainPollutant {
  item: Gb3838BasicItem;
  name: string;
  class: WaterClass;
  exceedanceMultiple: number | null;
  /** As reports write it, e.g. "高锰酸盐指数(1.2)". */
  label: string;
}

export interface WaterClassResult {
  standard: typeof GB3838_STANDARD;
  method: typeof GB3838_METHOD;
  waterBody: WaterBody;
  /** The section class; null when detection limits leave it undecided (see the possible range). */
  class: WaterClass | null;
  bestPossibleClass: WaterClass | null;
  worstPossibleClass: WaterClass | null;
  /** Qualitative grade and colour of the class (null when undecided). */
  grade: WaterQualityGrade | null;
  colour: string | null;
  /** Evaluated items in Table 1 order. */
  items: ItemClassResult[];
  /** Items that certainly have the section's class (the ones deciding it). */
  limitingItems: Gb3838BasicItem[];
  /** Items whose class a detection limit leaves open. */
  undecidedItems: Gb3838BasicItem[];
  /** Worse than Class III: up to three items, cyanide/heavy metals first, then worst class, then 超标倍数. */
  mainPollutants: MainPollutant[];
  /** Reference indicators present in the sample, reported separately from the class. */
  referenceItems: Partial<Record<Gb3838BasicItem, WaterClass | 'not evaluated' | 'undecided'>>;
  /** Sample keys not used for the class (Table 2 items, unknown keys). */
  ignoredItems: string[];
}

/** Single-factor class of a sample (or of period means) over the evaluated Table 1 items. */
export function evaluateWaterClass(sample: WaterSample, options: WaterEvaluationOptions = {}): WaterClassResult {
  const waterBody = options.waterBody ?? 'river';
  const reference = new Set(options.referenceItems ?? DEFAULT_REFERENCE_ITEMS);
  const items: ItemClassResult[] = [];
  const referenceItems: WaterClassResult['referenceItems'] = {};
  const known = new Set<string>();

  for (const spec of GB3838_TABLE1) {
    known.add(spec.item);
    const value = sample[spec.item];
    if (value === undefined) continue;
    // Water temperature has no class; TN has limits for lakes and reservoirs only (河流总氮除外).
    const notClassable = spec.kind === 'not-classed' || (spec.item === 'TN' && waterBody === 'river');
    if (notClassable) {
      referenceItems[spec.item] = 'not evaluated';
    } else if (reference.has(spec.item)) {
      referenceItems[spec.item] = classifyItem(spec.item, value, { ...options, waterBody }).class ?? 'undecided';
    } else {
      items.push(classifyItem(spec.item, value, { ...options, waterBody }));
    }
  }

  const best = items.reduce<WaterClass | null>(
    (acc, i) => (acc === null ? i.bestPossibleClass : worse(acc, i.bestPossibleClass)),
    null,
  );
  const worst = items.reduce<WaterClass | null>(
    (acc, i) => (acc === null ? i.worstPossibleClass : worse(acc, i.worstPossibleClass)),
    null,
  );
  const sectionClass = best !== null && best === worst ? best : null;

  const priority = new Set(options.priorityItems ?? DEFAULT_PRIORITY_ITEMS);
  const mainPollutants = items
    .filter((i): i is ItemClassResult & { class: WaterClass } => i.class !== null && rank(i.class) > rank('III'))
    .sort(
      (a, b) =>
        Number(priority.has(b.item)) - Number(priority.has(a.item)) ||
        rank(b.class) - rank(a.class) ||
        (b.exceedanceMultiple ?? -1) - (a.exceedanceMultiple ?? -1),
    )
    .slice(0, 3)
    .map((i) => ({
      item: i.item,
      name: i.name,
      class: i.class,
      exceedanceMultiple: i.exceedanceMultiple,
      label: i.exceedanceMultiple === null ? i.name : `${i.name}(${Number(i.exceedanceMultiple.toFixed(2))})`,
    }));

  return {
    standard: GB3838_STANDARD,
    method: GB3838_METHOD,
    waterBody,
    class: sectionClass,
    bestPossibleClass: best,
    worstPossibleClass: worst,
    grade: sectionClass === null ? null : WATER_CLASS_GRADES[sectionClass].grade,
    colour: sectionClass === null ? null : WATER_CLASS_GRADES[sectionClass].colour,
    items,
    limitingItems: sectionClass === null ? [] : items.filter((i) => i.class === sectionClass).map((i) => i.item),
    undecidedItems: items.filter((i) => i.class === null).map((i) => i.item),
    mainPollutants,
    referenceItems,
    ignoredItems: Object.keys(sample).filter((k) => !known.has(k)),
  };
}

export interface SupplementaryCheck {
  item: Gb3838SupplementaryItem;
  name: string;
  value: Measurement;
  limit: number;
  check: LimitCheck;
  /** (C − S)/S when the value exceeds the limit. */
  exceedanceMultiple: number | null;
}

export interface DrinkingWaterSourceResult {
  standard: typeof GB3838_STANDARD;
  /** 达标: true / false, or null when detection limits leave it undecided. */
  meets: boolean | null;
  table1: WaterClassResult;
  /** Table 1 evaluated items Class III or better; null when undecided. */
  table1MeetsClassIII: boolean | null;
  table2: SupplementaryCheck[];
  table2Exceedances: SupplementaryCheck[];
  /** Table 2 items the sample lacks (GB 3838 §5.3 asks for them; the verdict covers those present). */
  missingTable2Items: Gb3838SupplementaryItem[];
}

/**
 * Centralized surface drinking-water source 达标 (GB 3838 §3 Class II/III = 一级/二级保护区, §5.3):
 * the evaluated Table 1 items (without 水温, 粪大肠菌群 and 总氮 — reference items) are Class III
 * or better AND every Table 2 item present meets its limit. Table 3 特定项目 are chosen locally
 * and not checked here.
 */
export function meetsDrinkingWaterSource(
  sample: WaterSample,
  options: WaterEvaluationOptions = {},
): DrinkingWaterSourceResult {
  const table1 = evaluateWaterClass(sample, options);
  const iii = rank('III');
  // No evaluated Table 1 item at all: nothing shows Class III, so the verdict stays open.
  const table1MeetsClassIII =
    table1.worstPossibleClass === null || table1.bestPossibleClass === null
      ? null
      : rank(table1.worstPossibleClass) <= iii
        ? true
        : rank(table1.bestPossibleClass) > iii
          ? false
          : null;

  const table2: SupplementaryCheck[] = [];
  const missingTable2Items: Gb3838SupplementaryItem[] = [];
  for (const spec of GB3838_TABLE2) {
    const value = sample[spec.item];
    if (value === undefined) {
      missingTable2Items.push(spec.item);
      continue;
    }
    const check = checkLimit(value, spec.limit, 'max');
    table2.push({
      item: spec.item,
      name: spec.name,
      value,
      limit: spec.limit,
      check,
      exceedanceMultiple: check === 'exceeds' && typeof value === 'number' ? (value - spec.limit) / spec.limit : null,
    });
  }
  const table2Ok: boolean | null = table2.some((c) => c.check === 'exceeds')
    ? false
    : table2.some((c) => c.check === 'undecidable')
      ? null
      : true;
  const meets =
    table1MeetsClassIII === false || table2Ok === false
      ? false
      : table1MeetsClassIII === null || table2Ok === null
        ? null
        : true;
  return {
    standard: GB3838_STANDARD,
    meets,
    table1,
    table1MeetsClassIII,
    table2,
    table2Exceedances: table2.filter((c) => c.check === 'exceeds'),
    missingTable2Items,
  };
}
