// Brings a plan's text to one canonical form before anything else reads it, so the later
// stages only ever see half-width ASCII punctuation, "\n" line breaks and corrected OCR noise.
// All offsets the parser reports refer to the text returned here.
import { planWarning } from './plan-warnings.ts';
import type { PlanWarning } from './types.ts';

export interface NormalizedText {
  text: string;
  warnings: PlanWarning[];
}

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u2018-\\u201d';

// Single characters mapped one to one; the full-width ASCII block (U+FF01–U+FF5E) is
// handled arithmetically in toHalfWidth.
const CHAR_MAP: Record<string, string> = {
  '\u3000': ' ',
  '\u00a0': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\ufe59': '(',
  '\ufe5a': ')',
  '\ufe6a': '%',
  '\u2236': ':', // RATIO, which Word sometimes produces for a full-width colon
};

function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else out += CHAR_MAP[ch] ?? ch;
  }
  return out;
}

function tidyWhitespace(text: string): string {
  const lines = text
    .replace(/\r\n?|[\u2028\u2029\v\f]/g, '\n')
    .replace(/[\ufeff\u200b-\u200d\u2060]/g, '')
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t]+/g, ' ')
        // Word and OCR put stray spaces between Chinese characters; they carry no meaning
        // there and would split headings such as "一、 总体要求".
        .replace(new RegExp(`([${CJK}]) (?=\\S)`, 'g'), '$1')
        .replace(new RegExp(`(\\S) (?=[${CJK}])`, 'g'), '$1')
        .trim(),
    )
    .filter((line) => line.length > 0);
  return lines.join('\n');
}

// Text extracted from a PDF or copied from a fixed-width view is hard-wrapped: most long
// lines have the same length and break mid-sentence. Such breaks would be read as paragraph
// ends (and end headings' titles), so they are joined back when the pattern is clear.
function unwrapHardWrapped(text: string): { text: string; unwrapped: boolean } {
  const lines = text.split('\n');
  const long = lines.filter((l) => l.length >= 20);
  if (long.length < 5) return { text, unwrapped: false };
  const counts = new Map<number, number>();
  for (const l of long) counts.set(l.length, (counts.get(l.length) ?? 0) + 1);
  let width = 0;
  let best = 0;
  for (const [len, n] of counts) {
    if (n > best || (n === best && len > width)) {
      best = n;
      width = len;
    }
  }
  const near = long.filter((l) => l.length >= width - 3 && l.length <= width).length;
  if (near < 5 || near < long.length * 0.5) return { text, unwrapped: false };
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    out += line;
    if (i === lines.length - 1) break;
    const wrapped = line.length >= width - 3 && !/[。:;!?)]$/.test(line);
    out += wrapped ? '' : '\n';
  }
  return { text: out, unwrapped: out !== text };
}

// OCR noise seen in scanned plans: "(+)" for "(十)", "%o" and "虬" for "%。".
const OCR_NOISE = /\(\+([一二三四五六七八九]?)\)|(\d+)%[oO](?![A-Za-z])|(\d+)虬/g;

function fixOcrNoise(text: string, warnings: PlanWarning[]): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(OCR_NOISE)) {
    const at = m.index;
    out += text.slice(last, at);
    const offset = out.length;
    if (m[0].startsWith('(')) {
      const fixed = `(十${m[1] ?? ''})`;
      out += fixed;
      warnings.push(planWarning('OCR_PLUS_AS_TEN', `将识别错误的「${m[0]}」读作「${fixed}」`, offset));
    } else {
      const digit = m[2] ?? m[3] ?? '';
      out += `${digit}%。`;
      warnings.push(planWarning('OCR_PERCENT', `将识别错误的「${m[0]}」读作「${digit}%。」`, offset));
    }
    last = at + m[0].length;
  }
  return out + text.slice(last);
}

export function normalizeText(raw: string): NormalizedText {
  const warnings: PlanWarning[] = [];
  const tidy = tidyWhitespace(toHalfWidth(raw));
  const { text: unwrapped, unwrapped: didUnwrap } = unwrapHardWrapped(tidy);
  if (didUnwrap) {
    warnings.push(planWarning('TEXT_UNWRAPPED', '文本按固定宽度折行,已将折断的行重新连接'));
  }
  return { text: fixOcrNoise(unwrapped, warnings), warnings };
}
