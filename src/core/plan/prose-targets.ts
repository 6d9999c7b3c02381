// Reads quantitative targets from running text: "合格率稳定在92%以上", "建设高标准农田32万亩、
// 农产品保鲜库64座", "产值百亿元的清洁能源产业群", "全州药品制剂生产企业100%建立…".
//
// The text is cut into sentences (。!? and line breaks) and pieces (, ; :). In a piece every
// number followed by a unit is a candidate; what stands before it decides what it means:
//   - a comparator verb ("达到", "下降", "不低于" …): the text before the verb names the
//     indicator(s); "A、B达到100%" yields one target per item;
//   - "的" after the amount ("产值百亿元的清洁能源产业群"): the object after "的", with the
//     measure word ("产值") named before the amount, carried to the next amounts of the sentence;
//   - neither: a count or share of something to do ("引进培育重点龙头企业15家", "选择30户以上
//     中小微企业…培训"); the indicator is the words around the number, and an item after "、"
//     takes the first item's verb ("建设" 高标准农田 …、"建设" 农产品保鲜库).
// Not read: numbers inside quotes (“五个百亿级产业”, “百人百企”), years, grades ("5A级"),
// written-out numbers before plain count units, statements of the current state (现有, 截至
// …), and qualitative targets with no number ("平均浓度明显下降"): a value of 0 would read
// as a real target downstream.
import { blankRanges } from './blank-ranges.ts';
import { parseChineseNumeral } from './chinese-numeral.ts';
import {
  chineseNumeralUnitAllowed,
  cleanIndicator,
  comparatorFor,
  distributeIndicators,
  MEASURE_RE,
  QUALIFIER_PATTERN,
  splitEnumeration,
  UNIT_PATTERN,
  verbAtEnd,
} from './target-phrases.ts';
import type { Comparator } from './types.ts';

export interface FoundTarget {
  text: string;
  indicator: string;
  comparator: Comparator;
  value: number;
  unit: string;
  year: number | null;
  /** Offset of the number in the text. */
  offset: number;
}

interface Mention {
  start: number;
  end: number;
  sign: string;
  value: number;
  unit: string;
  qualifier: string;
}

const MENTION_RE = new RegExp(
  `(≥|≤|>=|<=|>|<)?(?:(?<![\\d.A-Za-z/])(\\d+(?:\\.\\d+)?)|([零一二两三四五六七八九十百千]+))(?:余|多)?(${UNIT_PATTERN})(${QUALIFIER_PATTERN})?`,
  'g',
);

// Statements of the present or the past, not targets.
const STATUS_RE = /现有|已有|已经|已建成|截至|截止|目前|去年|累计建成|累计完成/;

// Leading verbs an enumerated count shares: "建设高标准农田32万亩、农产品保鲜库64座".
const SHARED_VERB_RE =
  /^(?:引进|培育|建设|新建|建成|改造|创建|打造|完成|实施|开展|培训|选择|推广|发展|扶持|认定|争创|新增|培养|组织|帮扶|提供|制定|修订|发布|举办|评选|遴选|命名|认证|申报)+/;

function quoteRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const pairs: Record<string, string> = { '“': '”"', '《': '》', '‘': "’'", '"': '"”' };
  for (let i = 0; i < text.length; i++) {
    const closers = pairs[text[i] ?? ''];
    if (!closers) continue;
    for (let j = i + 1; j < text.length && j <= i + 40; j++) {
      const ch = text[j] ?? '';
      if (ch === '。' || ch === '\n') break;
      if (closers.includes(ch)) {
        ranges.push([i, j]);
        i = j;
        break;
      }
    }
  }
  return ranges;
}

function findMentions(piece: string, quotes: Array<[number, number]>, base: number): Mention[] {
  const out: Mention[] = [];
  for (const m of piece.matchAll(MENTION_RE)) {
    const at = base + m.index;
    if (quotes.some(([a, b]) => at > a && at < b)) continue;
    const unit = m[4] ?? '';
    let value: number | null;
    if (m[2] !== undefined) value = Number(m[2]);
    else {
      if (!chineseNumeralUnitAllowed(unit)) continue;
      value = parseChineseNumeral(m[3] ?? '');
      if (value === null || value < 2) continue;
    }
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      sign: m[1] ?? '',
      value,
      unit,
      qualifier: m[5] ?? '',
    });
  }
  return out;
}

const YEAR_RE = /(?:到|至|于)(20\d{2})年|(20\d{2})年(?:底|末)|^(20\d{2})年(?=,)/g;

/** The year a sentence sets for its targets ("到2025年,…"), looking only before `upTo`. */
function sentenceYear(sentence: string, upTo: number): number | null {
  let year: number | null = null;
  for (const m of sentence.slice(0, upTo).matchAll(YEAR_RE)) year = Number(m[1] ?? m[2] ?? m[3]);
  return year;
}

interface SentenceState {
  measure: string;
}

function readPiece(
  piece: string,
  pieceOffset: number,
  sentence: string,
  sentenceOffset: number,
  quotes: Array<[number, number]>,
  state: SentenceState,
  out: FoundTarget[],
): void {
  if (STATUS_RE.test(piece)) return;
  const mentions = findMentions(piece, quotes, pieceOffset);
  const text = piece.trim();
  let prevEnd = 0;
  let sharedVerb = '';
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const lead = piece.slice(prevEnd, m.start);
    const nextStart = mentions[i + 1]?.start ?? piece.length;
    const tail = piece.slice(m.end, nextStart).split('、')[0] ?? '';
    prevEnd = m.end;
    const offset = pieceOffset + m.start;
    const year = sentenceYear(sentence, offset - sentenceOffset);
    const emit = (indicator: string, comparator: Comparator, value = m.value): void => {
      if (indicator.length < 2) return;
      out.push({ text, indicator, comparator, value, unit: m.unit, year, offset });
    };

    const verb = verbAtEnd(lead);
    // A one-character verb (为, 在, 是, 达) before a plain count is too weak a sign of a
    // comparison ("选择在3个县开展试点"): read the count as a count, without the verb.
    const weak = verb !== null && verb.verb.length === 1 && !/%|‰|百分点/.test(m.unit) && !m.qualifier;
    if (verb && !weak) {
      const raw = cleanIndicator(verb.before);
      const items = distributeIndicators(splitEnumeration(raw));
      // "A、B分别达到90%、95%": pair the items with the values that follow.
      if (/分别$/.test(verb.before) && items.length > 1) {
        const group = [m];
        while (group.length < items.length) {
          const next = mentions[i + group.length];
          const between = piece.slice(group[group.length - 1]?.end ?? 0, next?.start ?? 0);
          if (!next || !/^[、和及与,]?$/.test(between)) break;
          group.push(next);
        }
        if (group.length === items.length) {
          items.forEach((item, k) => {
            const g = group[k] as Mention;
            emit(item, comparatorFor(verb.kind, g.qualifier, g.sign, item), g.value);
          });
          i += group.length - 1;
          prevEnd = group[group.length - 1]?.end ?? prevEnd;
          continue;
        }
      }
      for (const item of items) emit(item, comparatorFor(verb.kind, m.qualifier, m.sign, item));
      continue;
    }

    if (tail.startsWith('的')) {
      const measure = cleanIndicator(lead).match(MEASURE_RE)?.[1];
      if (measure) state.measure = measure;
      const object = cleanIndicator(tail.slice(1));
      emit(object + state.measure, comparatorFor(null, m.qualifier, m.sign, object));
      continue;
    }

    const subject = weak && verb ? verb.before : lead;
    const continuation = /^[、和及与]/.test(subject) && i > 0;
    let indicator = cleanIndicator(subject) + cleanIndicator(tail);
    if (continuation && sharedVerb && !SHARED_VERB_RE.test(indicator)) indicator = sharedVerb + indicator;
    else if (!continuation) sharedVerb = cleanIndicator(subject).match(SHARED_VERB_RE)?.[0] ?? '';
    emit(indicator, comparatorFor(null, m.qualifier, m.sign, indicator));
  }
}

/**
 * Finds the targets in `text`. Characters in `skip` ranges (unit clauses, tables, heading
 * markers) are not read and act as sentence breaks; `breaks` are further sentence breaks
 * (where a heading's title ends).
 */
export function findProseTargets(
  text: string,
  skip: Array<[number, number]> = [],
  breaks: number[] = [],
): FoundTarget[] {
  const masked = blankRanges(text, skip);
  const quotes = quoteRanges(masked);
  const out: FoundTarget[] = [];
  const sorted = [...breaks].sort((a, b) => a - b);
  for (const s of masked.matchAll(/[^。!?\n]+/g)) {
    // A heading's title and the body after it may share a "sentence" when nothing separates them.
    const cuts = [s.index, ...sorted.filter((b) => b > s.index && b < s.index + s[0].length), s.index + s[0].length];
    for (let c = 0; c + 1 < cuts.length; c++) {
      const from = cuts[c] ?? 0;
      const sentence = masked.slice(from, cuts[c + 1]);
      if (!/\d|[十百千万亿]/.test(sentence)) continue;
      const state: SentenceState = { measure: '' };
      for (const p of sentence.matchAll(/[^,;:]+/g)) {
        readPiece(p[0], from + p.index, sentence, from, quotes, state, out);
      }
    }
  }
  return out;
}
