// A spreadsheet cell as the importers see it, whatever the file format: CSV gives strings, xlsx
// gives strings, numbers, booleans and dates. A formula without a cached result or an Excel error
// value (#DIV/0!) is kept as a CellError, so the row that needs it can say so.

export interface CellError {
  error: string;
}

export type Cell = string | number | boolean | Date | CellError | null;

/** The reader's marker for a formula cell saved without a computed value. */
export const FORMULA_WITHOUT_RESULT = 'formula-without-result';

export function isCellError(c: Cell): c is CellError {
  return typeof c === 'object' && c !== null && !(c instanceof Date);
}

export function isBlankCell(c: Cell): boolean {
  return c === null || (typeof c === 'string' && c.trim() === '');
}

// NUL and other control characters (except tab and line breaks) break PostgreSQL text columns
// and are never meant; they come from copy-pasted system exports.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function cleanText(s: string): string {
  // test() first: most cells have no control characters, and replace() would copy them anyway.
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(s)) return s.trim();
  CONTROL.lastIndex = 0;
  return s.replace(CONTROL, '').trim();
}

/** Numbers as a person typed them: 0.1 + 0.2 rounding noise from Excel is not part of the value. */
export function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

/** Text of a cell, or null when blank. Dates become YYYY-MM-DD; errors are not text (null). */
export function cellText(c: Cell): string | null {
  if (c === null) return null;
  if (typeof c === 'string') {
    const t = cleanText(c);
    return t === '' ? null : t;
  }
  if (typeof c === 'number') return Number.isFinite(c) ? numberText(c) : null;
  if (typeof c === 'boolean') return c ? '是' : '否';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : c.toISOString().slice(0, 10);
  return null;
}

/** The Chinese message for a cell that holds an error instead of a value. */
export function cellErrorMessage(c: CellError): string {
  if (c.error === FORMULA_WITHOUT_RESULT) {
    return '公式单元格没有保存计算结果:请在 Excel 中打开文件、重新计算并保存后再导入';
  }
  return `单元格为错误值 ${c.error},请更正公式或填写数值`;
}
