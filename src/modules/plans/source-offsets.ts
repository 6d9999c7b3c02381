// Finds where a parsed piece of the plan stands in its source text, so the UI can highlight it.
// The parser normalises text (widths, OCR noise), so an exact search can miss; a search for the
// piece's opening characters is the fallback, and null the honest answer when both fail.

export function locate(source: string, piece: string, from = 0): { start: number; end: number } | null {
  if (!piece) return null;
  let at = source.indexOf(piece, from);
  if (at < 0) at = source.indexOf(piece, 0);
  if (at >= 0) return { start: at, end: at + piece.length };
  const head = piece.slice(0, 16);
  if (head.length < 6) return null;
  at = source.indexOf(head, from);
  if (at < 0) at = source.indexOf(head, 0);
  return at >= 0 ? { start: at, end: Math.min(source.length, at + piece.length) } : null;
}
