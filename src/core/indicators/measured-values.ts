// Reading measured values as monitoring reports write them, and the item names they use, into
// the standards module's vocabulary. A value below the detection limit stays below the
// detection limit (formats.md: "keep that fact, do not turn it into 0").
//
// Below-detection treatment (water_gb3838.json doubt; documented for the indicator engine):
//  - "<0.01", "0.01L" (the Chinese report convention), "ND(0.01)": below the stated limit L, and
//    judged strictly by the standards module: it meets any limit ≥ L, and leaves the class open
//    when L is above a class limit.
//  - "未检出" / "ND" with no limit stated: the monitoring methods are chosen with detection
//    limits below the Class I / 一级A limits, so it is taken as below every limit (the common
//    practice the doubt names) — represented as "< 0". `notDetected: 'undecided'` keeps it open.
//  - In period means (national sections) a below-detection value enters as L/2 (HJ 91.2
//    practice, configurable); an item whose every value is below detection keeps a
//    below-detection mean "< max L".
import {
  GB3838_TABLE1,
  GB3838_TABLE2,
  GB18918_ITEMS,
  type Gb3838BasicItem,
  type Gb3838SupplementaryItem,
  type Gb18918Item,
  isBelowDetectionLimit,
  type Measurement,
} from '../standards/index.ts';

export type NotDetectedPolicy = 'below-every-limit' | 'undecided';

export type ParsedValue = { ok: true; value: Measurement | null } | { ok: false; error: string };

const MISSING = new Set(['', '-', '—', '——', '--', '/', 'NA', 'N/A', 'NAN', 'NULL', '-99', '-999', '缺测', '无']);
const NOT_DETECTED = new Set(['未检出', 'ND', 'N.D.', 'N.D', '未检测出', '<DL', '低于检出限']);

/**
 * One measured value: a number, a below-detection mark, or null for "not measured". Returns an
 * error for text that is none of those, so an importer or a file command can name the cell.
 */
export function parseMeasuredValue(raw: unknown, policy: NotDetectedPolicy = 'below-every-limit'): ParsedValue {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, error: `数值无效: ${raw}` };
  if (typeof raw === 'object' && isBelowDetectionLimit(raw as Measurement))
    return { ok: true, value: raw as Measurement };
  if (typeof raw !== 'string') return { ok: false, error: `无法识别的取值: ${String(raw)}` };
  const s = raw.normalize('NFKC').trim().replace(/\s+/g, '');
  if (MISSING.has(s.toUpperCase())) return { ok: true, value: null };
  if (NOT_DETECTED.has(s.toUpperCase()) || NOT_DETECTED.has(s)) {
    return { ok: true, value: { belowDetectionLimit: true, limit: policy === 'below-every-limit' ? 0 : null } };
  }
  const bdl = /^(?:<|小于|ND\(|未检出\()(\d+(?:\.\d+)?(?:[eE]-?\d+)?)\)?$/i.exec(s) ?? /^(\d+(?:\.\d+)?)L$/.exec(s);
  if (bdl) return { ok: true, value: { belowDetectionLimit: true, limit: Number(bdl[1]) } };
  if (/^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(s)) return { ok: true, value: Number(s) };
  return { ok: false, error: `无法识别的测定值「${raw}」` };
}

/** Header text compared without spaces, width, case and a trailing unit in brackets. */
export function normalizeItemName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\((mg\/L|mg\/l|μg\/L|ug\/L|个\/L|MPN\/L|℃|°C|无量纲|倍)\)$/i, '')
    .toLowerCase();
}

function table(entries: [string, string[]][]): Map<string, string> {
  const m = new Map<string, string>();
  for (const [item, names] of entries) for (const n of [item, ...names]) m.set(normalizeItemName(n), item);
  return m;
}

/** GB 3838—2002 Table 1 and Table 2 items under the names reports give them. */
const WATER_ITEMS = table([
  ...GB3838_TABLE1.map((s): [string, string[]] => [s.item, [s.name]]),
  ...GB3838_TABLE2.map((s): [string, string[]] => [s.item, [s.name]]),
  ['water_temperature', ['水温']],
  ['pH', ['pH值', 'ph']],
  ['DO', ['溶解氧']],
  ['CODMn', ['高锰酸盐指数', 'CODmn', '高锰酸钾指数']],
  ['COD', ['化学需氧量', '化学需氧量(COD)', 'CODcr']],
  ['BOD5', ['五日生化需氧量', '五日生化需氧量(BOD5)', '生化需氧量']],
  ['NH3-N', ['氨氮', '氨氮(NH3-N)', 'NH3N']],
  ['TP', ['总磷', '总磷(以P计)']],
  ['TN', ['总氮', '总氮(以N计)', '总氮(湖、库,以N计)']],
  ['Cu', ['铜']],
  ['Zn', ['锌']],
  ['fluoride', ['氟化物', '氟化物(以F-计)']],
  ['Se', ['硒']],
  ['As', ['砷']],
  ['Hg', ['汞']],
  ['Cd', ['镉']],
  ['Cr6+', ['六价铬', '铬(六价)', 'Cr6']],
  ['Pb', ['铅']],
  ['cyanide', ['氰化物']],
  ['volatile_phenol', ['挥发酚']],
  ['petroleum', ['石油类']],
  ['LAS', ['阴离子表面活性剂']],
  ['sulfide', ['硫化物']],
  ['fecal_coliform', ['粪大肠菌群']],
  ['sulfate', ['硫酸盐', '硫酸盐(以SO42-计)']],
  ['chloride', ['氯化物', '氯化物(以Cl-计)']],
  ['nitrate_N', ['硝酸盐', '硝酸盐氮', '硝酸盐(以N计)']],
  ['Fe', ['铁']],
  ['Mn', ['锰']],
]);

/** GB 18918—2002 Table 1 and Table 2 items under the names reports give them. */
const EFFLUENT_ITEMS = table([
  ...GB18918_ITEMS.map((s): [string, string[]] => [s.item, [s.name]]),
  ['COD', ['化学需氧量', 'CODcr']],
  ['BOD5', ['生化需氧量', '五日生化需氧量']],
  ['SS', ['悬浮物']],
  ['animal_vegetable_oil', ['动植物油']],
  ['petroleum', ['石油类']],
  ['LAS', ['阴离子表面活性剂']],
  ['TN', ['总氮']],
  ['NH3-N', ['氨氮']],
  ['TP', ['总磷']],
  ['color_dilution_factor', ['色度']],
  ['pH', ['pH值']],
  ['fecal_coliform', ['粪大肠菌群数', '粪大肠菌群']],
  ['total_Hg', ['总汞']],
  ['alkyl_Hg', ['烷基汞']],
  ['total_Cd', ['总镉']],
  ['total_Cr', ['总铬']],
  ['Cr6+', ['六价铬']],
  ['total_As', ['总砷']],
  ['total_Pb', ['总铅']],
]);

export type WaterItem = Gb3838BasicItem | Gb3838SupplementaryItem;

export function waterItemOf(name: string): WaterItem | null {
  return (WATER_ITEMS.get(normalizeItemName(name)) as WaterItem | undefined) ?? null;
}

export function effluentItemOf(name: string): Gb18918Item | null {
  return (EFFLUENT_ITEMS.get(normalizeItemName(name)) as Gb18918Item | undefined) ?? null;
}

export interface ParsedItems<K extends string> {
  values: Partial<Record<K, Measurement>>;
  /** Keys that are not items of the standard (kept for display, not evaluated). */
  unknown: string[];
  errors: { item: string; error: string }[];
  /** Water temperature (℃) when the sample gives it: it selects the GB 18918 NH3-N limit. */
  waterTemperatureC?: number;
  /** When an effluent sample's plant was built (YYYY[-MM[-DD]]): selects the GB 18918 TP limit. */
  plantBuiltOn?: string;
}

const TEMPERATURE_KEYS = new Set(['水温', 'water_temperature', '出水水温'].map(normalizeItemName));
const BUILT_KEYS = new Set(
  ['建设时间', '建成时间', '建设年份', '建成年份', 'plant_built', 'plantbuilton'].map((k) => k.toLowerCase()),
);

function parseItems<K extends string>(
  raw: Record<string, unknown>,
  itemOf: (name: string) => K | null,
  policy: NotDetectedPolicy,
): ParsedItems<K> {
  const values: Partial<Record<K, Measurement>> = {};
  const unknown: string[] = [];
  const errors: { item: string; error: string }[] = [];
  let waterTemperatureC: number | undefined;
  let plantBuiltOn: string | undefined;
  for (const [key, v] of Object.entries(raw)) {
    const item = itemOf(key);
    if (item === null) {
      const k = normalizeItemName(key);
      if (TEMPERATURE_KEYS.has(k) && typeof v === 'number') waterTemperatureC = v;
      else if (BUILT_KEYS.has(k) && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(String(v).trim())) plantBuiltOn = String(v).trim();
      else unknown.push(key);
      continue;
    }
    const parsed = parseMeasuredValue(v, policy);
    if (!parsed.ok) errors.push({ item: key, error: parsed.error });
    else if (parsed.value !== null) values[item] = parsed.value;
  }
  const t = values['water_temperature' as K];
  if (typeof t === 'number') waterTemperatureC = t;
  return {
    values,
    unknown,
    errors,
    ...(waterTemperatureC === undefined ? {} : { waterTemperatureC }),
    ...(plantBuiltOn === undefined ? {} : { plantBuiltOn }),
  };
}

/** A water sample's items (keys: item codes or Chinese names) as GB 3838 measurements. */
export function parseWaterItems(
  raw: Record<string, unknown>,
  policy: NotDetectedPolicy = 'below-every-limit',
): ParsedItems<WaterItem> {
  return parseItems(raw, waterItemOf, policy);
}

/** An effluent sample's items as GB 18918 measurements. */
export function parseEffluentItems(
  raw: Record<string, unknown>,
  policy: NotDetectedPolicy = 'below-every-limit',
): ParsedItems<Gb18918Item> {
  return parseItems(raw, effluentItemOf, policy);
}

export type BelowDetectionInMeans = 'half-limit' | 'limit' | 'zero';

/**
 * Arithmetic mean of one item over a period's samples. Below-detection values enter as L/2 by
 * default; when every value is below detection the mean is "< max L" (see the file comment).
 */
export function meanMeasurement(
  values: readonly Measurement[],
  policy: BelowDetectionInMeans = 'half-limit',
): Measurement | null {
  if (values.length === 0) return null;
  if (values.every(isBelowDetectionLimit)) {
    const limits = values.map((v) => (isBelowDetectionLimit(v) ? v.limit : null));
    if (limits.some((l) => l === null)) return { belowDetectionLimit: true, limit: null };
    return { belowDetectionLimit: true, limit: Math.max(...(limits as number[])) };
  }
  let sum = 0;
  for (const v of values) {
    if (!isBelowDetectionLimit(v)) sum += v;
    else if (v.limit !== null) sum += policy === 'half-limit' ? v.limit / 2 : policy === 'limit' ? v.limit : 0;
  }
  return sum / values.length;
}
