// Finds the heading markers 一、 / (一) / 1. / (1) in a plan's normalised text.
//
// Plans often arrive with no line breaks, so a marker cannot be told from an inline
// enumeration by its position on a line. Instead the numbering itself decides: at each level
// the next number is expected, and a marker is a heading when it carries that number and
// stands where a heading can start (text start, line start, after a sentence end or after a
// closing bracket such as a unit clause's). Markers that break the sequence are accepted, and
// renumbered with a warning, only when the sequence resumes after them; that is how an OCR'd
// second "(一)" where "(二)" was meant is told from an unrelated "(一)" in a sentence.
import { parseChineseNumeral, toChineseNumeral } from './chinese-numeral.ts';
import { planWarning } from './plan-warnings.ts';
import type { PlanWarning } from './types.ts';

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface Heading {
  level: HeadingLevel;
  value: number;
  /** Normalised marker: "一", "(一)", "1.", "(1)". */
  number: string;
  /** Offset of the marker. */
  start: number;
  /** Offset just after the marker, where the title begins. */
  end: number;
}

interface Candidate {
  level: HeadingLevel;
  value: number;
  start: number;
  end: number;
  boundary: boolean;
  raw: string;
}

const CN = '[零一二三四五六七八九十]{1,3}';
const PATTERNS: Array<[HeadingLevel, RegExp, 'cn' | 'ar']> = [
  [1, new RegExp(`(${CN})、`, 'g'), 'cn'],
  [2, new RegExp(`\\((${CN})\\)`, 'g'), 'cn'],
  // "1." "1、" but not a decimal "1.5" nor part of "2.1." or an identifier.
  [3, /(?<![\d.A-Za-z/-])(\d{1,2})[.、](?![\d.])/g, 'ar'],
  [4, /\((\d{1,2})\)/g, 'ar'],
];

/** How far (in characters) a first child heading may follow its parent's marker with no punctuation between: a short title. */
const TITLE_REACH = 40;

export function formatHeadingNumber(level: HeadingLevel, value: number): string {
  switch (level) {
    case 1:
      return toChineseNumeral(value);
    case 2:
      return `(${toChineseNumeral(value)})`;
    case 3:
      return `${value}.`;
    case 4:
      return `(${value})`;
  }
}

function atBoundary(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text[i] === ' ') i--;
  if (i < 0) return true;
  const ch = text[i] ?? '';
  if (/[\n。;:!?)】〕\]]/.test(ch)) return true;
  // A closing quote right after a sentence end: ……。”二、
  return ch === '”' && /[。!?]/.test(text[i - 1] ?? '');
}

function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [level, re, kind] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const digits = m[1] ?? '';
      const value = kind === 'cn' ? parseChineseNumeral(digits) : Number(digits);
      if (value === null || value < 1 || value > 99) continue;
      out.push({
        level,
        value,
        start: m.index,
        end: m.index + m[0].length,
        boundary: atBoundary(text, m.index),
        raw: m[0],
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.level - b.level);
}

export function findHeadings(text: string, warnings: PlanWarning[]): Heading[] {
  const candidates = findCandidates(text);
  const headings: Heading[] = [];
  // cur[level] = number of the last accepted heading at that level under the current parent.
  const cur = [0, 0, 0, 0, 0];
  let depth = 0;
  let lastEnd = -1;

  // The next boundary marker at `level` before the sequence moves on at a shallower level.
  const nextSibling = (from: number, level: HeadingLevel): Candidate | null => {
    // Bounded, so a text full of stray markers stays linear.
    for (let j = from + 1; j < candidates.length && j <= from + 200; j++) {
      const c = candidates[j];
      if (!c?.boundary) continue;
      if (c.level < level && c.value === (cur[c.level] ?? 0) + 1) return null;
      if (c.level === level) return c;
    }
    return null;
  };

  const accept = (c: Candidate, value: number): void => {
    cur[c.level] = value;
    for (let l = c.level + 1; l <= 4; l++) cur[l] = 0;
    depth = c.level;
    lastEnd = c.end;
    headings.push({
      level: c.level,
      value,
      number: formatHeadingNumber(c.level, value),
      start: c.start,
      end: c.end,
    });
  };

  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!c || c.start < lastEnd) continue;
    const expected = (cur[c.level] ?? 0) + 1;
    const firstChild =
      expected === 1 &&
      c.level > depth &&
      depth > 0 &&
      c.start - lastEnd <= TITLE_REACH &&
      !/[。;!?,、\n]/.test(text.slice(lastEnd, c.start));
    if (c.value === expected && (c.boundary || firstChild)) {
      accept(c, c.value);
      continue;
    }
    if (!c.boundary || c.level > depth + 1) continue;
    const next = nextSibling(i, c.level);
    const fixed = formatHeadingNumber(c.level, expected);
    if ((next && next.value === expected + 1) || (!next && c.value === cur[c.level] && c.value > 0)) {
      accept(c, expected);
      warnings.push(
        planWarning('HEADING_RENUMBERED', `标题序号「${c.raw}」与前后顺序不符,按顺序读作「${fixed}」`, c.start),
      );
    } else if (next && c.value === expected + 1 && next.value === c.value + 1) {
      accept(c, c.value);
      warnings.push(planWarning('HEADING_GAP', `标题序号「${fixed}」缺失,「${c.raw}」前可能漏掉一节`, c.start));
    }
  }
  return headings;
}
