// The wording of quantitative targets: which verbs and qualifiers give which comparator, which
// units count, and how an indicator name is cleaned. Shared by the prose and the table readers.
import type { Comparator } from './types.ts';

export type VerbKind = 'ge' | 'le' | 'increase' | 'decrease' | 'neutral';

// Longest first, so "提高到" wins over "提高" and "下降到" over "下降".
const VERBS: Array<[string, VerbKind]> = (
  [
    ['达到或超过', 'ge'],
    ['不低于', 'ge'],
    ['不少于', 'ge'],
    ['至少', 'ge'],
    ['超过', 'ge'],
    ['突破', 'ge'],
    ['大于', 'ge'],
    ['提高到', 'ge'],
    ['提高至', 'ge'],
    ['提升到', 'ge'],
    ['提升至', 'ge'],
    ['增长到', 'ge'],
    ['增长至', 'ge'],
    ['增加到', 'ge'],
    ['增加至', 'ge'],
    ['增至', 'ge'],
    ['不高于', 'le'],
    ['不超过', 'le'],
    ['不大于', 'le'],
    ['控制在', 'le'],
    ['控制到', 'le'],
    ['低于', 'le'],
    ['少于', 'le'],
    ['降至', 'le'],
    ['降到', 'le'],
    ['下降到', 'le'],
    ['下降至', 'le'],
    ['降低到', 'le'],
    ['降低至', 'le'],
    ['减少到', 'le'],
    ['减少至', 'le'],
    ['减至', 'le'],
    ['压减到', 'le'],
    ['压减至', 'le'],
    ['压降到', 'le'],
    ['压降至', 'le'],
    ['下降', 'decrease'],
    ['降低', 'decrease'],
    ['减少', 'decrease'],
    ['压减', 'decrease'],
    ['压降', 'decrease'],
    ['削减', 'decrease'],
    ['缩短', 'decrease'],
    ['增加', 'increase'],
    ['增长', 'increase'],
    ['提高', 'increase'],
    ['提升', 'increase'],
    ['上升', 'increase'],
    ['扩大', 'increase'],
    ['稳定保持在', 'neutral'],
    ['持续保持在', 'neutral'],
    ['稳定在', 'neutral'],
    ['保持在', 'neutral'],
    ['维持在', 'neutral'],
    ['保持', 'neutral'],
    ['在', 'neutral'],
    ['达到', 'neutral'],
    ['达', 'neutral'],
    ['为', 'neutral'],
    ['是', 'neutral'],
  ] as Array<[string, VerbKind]>
).sort((a, b) => b[0].length - a[0].length);

export interface VerbMatch {
  verb: string;
  kind: VerbKind;
  /** The text before the verb. */
  before: string;
}

/** The comparator verb that ends `lead` (the text just before a number), if any. */
export function verbAtEnd(lead: string): VerbMatch | null {
  const text = lead.trimEnd();
  for (const [verb, kind] of VERBS) {
    if (text.endsWith(verb)) return { verb, kind, before: text.slice(0, -verb.length) };
  }
  return null;
}

// Indicators where a lower value is the goal: with a neutral verb ("为", "达到") the target
// is an upper bound.
const NEGATIVE_INDICATOR_RE =
  /不合格率|失业率|发生率|死亡率|事故|投诉|浓度|能耗|排放|超标|差错率|故障率|返修率|损失率|空置率|负债率|发病率|退货率/;

/**
 * The comparator for a target. A plain "达到X" / "为X" / a bare count is read as a floor
 * ('>='): in a plan "合格率达到100%" and "引进企业15家" state the least to reach. "以下/以内"
 * make a ceiling, "左右" an approximate value ('='), and for indicators where less is better
 * (失业率, 浓度 …) a neutral verb means a ceiling.
 */
export function comparatorFor(kind: VerbKind | null, qualifier: string, sign: string, indicator: string): Comparator {
  if (kind === 'increase') return 'increase';
  if (kind === 'decrease') return 'decrease';
  if (/^(≥|>=|>)$/.test(sign)) return '>=';
  if (/^(≤|<=|<)$/.test(sign)) return '<=';
  if (kind === 'le') return '<=';
  if (kind === 'ge') return '>=';
  if (/以下|以内/.test(qualifier)) return '<=';
  if (/以上/.test(qualifier)) return '>=';
  if (qualifier === '左右') return '=';
  return NEGATIVE_INDICATOR_RE.test(indicator) ? '<=' : '>=';
}

// Units a target's number may carry. Counts may carry a 万/亿 multiplier ("32万亩", "五十亿元").
const BASE_UNITS = [
  '平方公里',
  '平方米',
  '千瓦时',
  '千瓦',
  '人次',
  '批次',
  '公里',
  '千米',
  '公顷',
  '元',
  '亩',
  '人',
  '户',
  '家',
  '个',
  '项',
  '座',
  '吨',
  '件',
  '台',
  '套',
  '辆',
  '所',
  '条',
  '次',
  '名',
  '倍',
  '场',
  '张',
  '份',
  '株',
  '只',
  '床',
  '天',
  '处',
];
export const UNIT_PATTERN = `个百分点|%|‰|(?:万|亿)?(?:${BASE_UNITS.join('|')})`;

/**
 * Units a Chinese numeral may carry. Written-out numbers before plain count units are mostly
 * not targets ("一次验收", "两后生", "三年行动"), so only amounts and percentage points are read.
 */
export function chineseNumeralUnitAllowed(unit: string): boolean {
  return /^(万|亿)/.test(unit) || unit === '个百分点';
}

export const QUALIFIER_PATTERN = '及以上|以上|以下|以内|左右';

/** Words naming what an amount measures ("产值百亿元的…产业群"). */
export const MEASURE_RE =
  /(总产值|产值|营业收入|主营业务收入|销售收入|营收|产量|规模|总投资|投资|销售额|交易额|增加值)$/;

const LEADING_FILLER_RE =
  /^(?:[、,;:\s和及与并且]|(?:到|至|在|于)?20\d{2}年(?:底|末|前|内)?(?:前)?|(?:全|我)(?:州|市|省|县|区|国)|确保|力争|争取|努力|实现|使(?!用)|其中|同时|力求)+/;
const TRAILING_FILLER_RE =
  /(?:分别|均|都|力争|确保|年均|平均|同比|比上年|较上年|(?:比|较)20\d{2}年(?:底|末)?|稳定|持续|继续|进一步|要|将|的|[、,;:\s])+$/;

/** Strips scope words, time phrases and modal words around an indicator name. */
export function cleanIndicator(text: string): string {
  return text.replace(LEADING_FILLER_RE, '').replace(TRAILING_FILLER_RE, '').trim();
}

/** A metric name ends in a measure word; an item without one shares the last item's. */
const METRIC_END_RE = /(率|比例|比重|占比|指数|度|数|量|值|面积|规模|总量|产值|水平|天数|浓度|覆盖面|满意度)$/;

/** Splits "A、B、C" at top-level 、 (not inside quotes or brackets). */
export function splitEnumeration(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let piece = '';
  for (const ch of text) {
    if ('(“《【‘'.includes(ch)) depth++;
    else if (')”》】’'.includes(ch)) depth = Math.max(0, depth - 1);
    if (ch === '、' && depth === 0) {
      parts.push(piece);
      piece = '';
    } else piece += ch;
  }
  parts.push(piece);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * Several indicators sharing one value: "水利工程质量合格率、质量检测抽检率达到100%".
 * Items share the first item's head ("水利工程" + "质量检测抽检率") when they start with a
 * word found inside it, and the last item's measure ("药品评价性抽检" + "覆盖率") when they
 * lack one of their own.
 */
export function distributeIndicators(items: string[]): string[] {
  if (items.length < 2) return items;
  const first = items[0] ?? '';
  const last = items[items.length - 1] ?? '';
  return items.map((item, i) => {
    let out = item;
    if (i > 0) {
      const k = first.indexOf(item.slice(0, 2));
      if (k > 0 && !first.slice(0, k).includes(item.slice(0, 2))) out = first.slice(0, k) + out;
    }
    if (i < items.length - 1 && !METRIC_END_RE.test(out) && METRIC_END_RE.test(last)) {
      const tail2 = out.slice(-2);
      const j = last.indexOf(tail2);
      if (j >= 0 && j + 2 < last.length) out += last.slice(j + 2);
      else if (out.length <= 4 && METRIC_END_RE.test(last.slice(out.length))) {
        // A short head in place of the last item's: "食品、药品抽检合格率" → 食品抽检合格率.
        out += last.slice(out.length);
      } else {
        const metric = last.match(/(?:[\u4e00-\u9fff]{0,2})(率|比例|比重|指数)$/);
        if (metric) out += metric[0];
      }
    }
    return out;
  });
}
