// Column names differ between publishers in width (全角/半角), spaces, line breaks inside the
// cell, brackets and unit suffixes: "PM2.5\n(μg/m³)", "ＰＭ２．５", "不合格项目||检验结果||标准值".
// One normal form makes them comparable.

const BRACKETED_TAIL = /[([【{][^()[\]【】{}]*[)\]】}]$/;

/** NFKC, lower case, no spaces, one "|" for every ║ ‖ │ || separator, no required-marks (*). */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u200b]+/g, '')
    .replace(/[║‖│|]+/g, '|')
    .replace(/[*※]/g, '')
    .replace(/[:：]$/, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')');
}

/**
 * Forms to try, most specific first: as written, without the last bracketed part (a unit:
 * "CO(mg/m3)"), without every bracketed part. "O3(8h)(μg/m3)" thus matches "o3(8h)" before "o3".
 */
export function headerCandidates(text: string): string[] {
  const full = normalizeHeader(text);
  const out = [full];
  let current = full;
  while (BRACKETED_TAIL.test(current)) {
    current = current.replace(BRACKETED_TAIL, '');
    if (current === '') break;
    out.push(current);
  }
  return out;
}
