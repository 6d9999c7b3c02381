// Helpers for showing the plan's source text. The server's section offsets start at the heading
// title ("总体要求"), after its number ("一、"); for paragraph breaks and highlights the number
// belongs with its title, so step back over it.

// 一、 / (一) / (一) / 1. / 1、 / (1) — the heading numbers the plans use, at the end of a slice.
const HEADING_NUMBER = /(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))]|\d+[.．、]|[((]\d+[))])$/;

export function headingStart(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 8), start);
  const m = HEADING_NUMBER.exec(before);
  return m ? start - m[0].length : start;
}

/**
 * The number to show in a 序号 column. The server numbers tasks from 0 (their order in the
 * plan); people count from 1.
 */
export function displaySeq(seq: number): number {
  return seq + 1;
}
