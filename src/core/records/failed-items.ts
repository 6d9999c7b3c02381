// The 不合格项目║检验结果║标准值 cell of published food-sampling lists: one failed item per line,
// each "item║result║limit". Results stay text ("<0.01", "检出") — they are evidence, not numbers.

export interface FailedItem {
  item: string;
  result: string | null;
  limit: string | null;
}

const PART_SEPARATOR = /\s*(?:║|‖|│|\|\|?)\s*/;

export function parseFailedItems(text: string): FailedItem[] {
  let lines = text.split(/\r\n|\r|\n/);
  // Some exports flatten the cell to one line with 「;」 between items.
  if (lines.length === 1) lines = text.split(/[;；]/);
  const out: FailedItem[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (t === '') continue;
    const [item = '', result, limit] = t.split(PART_SEPARATOR);
    out.push({ item: item.trim(), result: result?.trim() || null, limit: limit?.trim() || null });
  }
  return out;
}
