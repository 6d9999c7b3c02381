// Finds the document title and the plan year. The title is the first line; a file name that
// Word or a converter put in front ("2023年开展质量提升行动方案.docx") loses its extension. When
// the text has no line breaks, the title runs to the first document-type word (方案, 计划 …),
// with a following "(2023—2025年)" kept.

export interface PlanTitle {
  title: string;
  year: number | null;
  /** Offset where the text after the title line starts. */
  bodyStart: number;
}

const FILE_EXT_RE = /\.(docx?|wps|txt|pdf|rtf|odt)$/i;
const DOC_TYPE_RE = /^.{2,60}?(?:方案|计划|意见|要点|规划|通知|办法|细则)(?:\((?:20\d{2})[^()]{0,8}\))?/;

// A text that opens with a heading has no title line.
const HEADING_START_RE = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、](?!\d)|\(\d{1,2}\))/;

// Lines that precede the title in official documents: "附件", "附件2:".
const PRE_TITLE_RE = /^附件\s*\d*\s*:?$/;

export function findPlanTitle(text: string): PlanTitle {
  let from = 0;
  let newline = text.indexOf('\n');
  while (newline >= 0 && PRE_TITLE_RE.test(text.slice(from, newline).trim())) {
    from = newline + 1;
    newline = text.indexOf('\n', from);
  }
  const firstLine = (newline < 0 ? text.slice(from) : text.slice(from, newline)).trim();
  let title = '';
  let bodyStart = 0;
  if (HEADING_START_RE.test(firstLine)) return { title: '', year: null, bodyStart: from };
  if (firstLine.length <= 80 && !firstLine.includes('。')) {
    title = firstLine.replace(FILE_EXT_RE, '');
    bodyStart = newline < 0 ? text.length : newline + 1;
  } else {
    const m = text.slice(from).match(DOC_TYPE_RE);
    title = m?.[0] ?? '';
    bodyStart = from + title.length;
  }
  const year = title.match(/(?:19|20)\d{2}/);
  return { title: title.trim(), year: year ? Number(year[0]) : null, bodyStart };
}
