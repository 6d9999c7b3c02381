// Hides parts of a text from a reader without moving anything: each character in the ranges
// becomes a line break, so offsets stay valid and the hidden part still separates sentences.

export function blankRanges(text: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    parts.push(text.slice(at, from), '\n'.repeat(end - from));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
