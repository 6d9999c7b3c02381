// Reads indicator tables (专栏) as Word's text extraction leaves them: one cell per line,
// header cells first ("序号 / 指标名称 / 单位 / 目标值 / 属性"), then the rows in order.
// The header cells decide how many lines make a row and which cell holds what.
import type { FoundTarget } from './prose-targets.ts';
import { cleanIndicator, comparatorFor, QUALIFIER_PATTERN, UNIT_PATTERN, verbAtEnd } from './target-phrases.ts';

export interface IndicatorTable {
  /** Offsets of the table's lines (header to last row) in the text. */
  start: number;
  end: number;
  targets: FoundTarget[];
}

type Column = 'serial' | 'indicator' | 'unit' | 'value' | 'other';

function columnOf(cell: string): Column | null {
  if (/^(序号|编号)$/.test(cell)) return 'serial';
  if (/^(单位|计量单位)$/.test(cell)) return 'unit';
  if (/^(指标|指标名称|主要指标|指标项|名称|项目)(\([^()]{1,6}\))?$/.test(cell)) return 'indicator';
  if (/^(?:(?:20\d{2})年?)?(?:目标值?|目标值?\(?(?:20\d{2})年?\)?)$|^20\d{2}年(?:目标值?)?$/.test(cell)) return 'value';
  if (/^(属性|指标属性|类别|类型|领域|备注|基期值|基准值|现状值|现值|责任单位|牵头单位)$/.test(cell)) return 'other';
  return null;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part.trim(), start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}

const VALUE_RE = new RegExp(
  `(≥|≤|>=|<=|>|<)?\\s*(下降|降低|减少|增长|增加|提高|提升)?\\s*(\\d+(?:\\.\\d+)?)\\s*(${UNIT_PATTERN})?\\s*(${QUALIFIER_PATTERN})?`,
);

function readRow(
  cells: string[],
  columns: Column[],
  valueColumn: number,
  headerUnit: string,
  year: number | null,
  offset: number,
): FoundTarget | null {
  const indicatorCell = cells[columns.indexOf('indicator')] ?? '';
  const unitCell = columns.includes('unit') ? (cells[columns.indexOf('unit')] ?? '') : '';
  const m = (cells[valueColumn] ?? '').match(VALUE_RE);
  if (!m || !indicatorCell) return null;
  // A unit may sit in the indicator's name: "食品安全抽检合格率(%)".
  const inName = indicatorCell.match(/\(([^()]{1,6})\)$/);
  const indicator = cleanIndicator(inName ? indicatorCell.slice(0, -inName[0].length) : indicatorCell);
  const unit = m[4] ?? (unitCell.replace(/[()]/g, '') || inName?.[1] || headerUnit);
  const kind = m[2] ? (verbAtEnd(m[2])?.kind ?? null) : null;
  return {
    text: cells.join(' '),
    indicator,
    comparator: comparatorFor(kind, m[5] ?? '', m[1] ?? '', indicator),
    value: Number(m[3]),
    unit,
    year,
    offset,
  };
}

export function findIndicatorTables(text: string): IndicatorTable[] {
  const lines = linesOf(text);
  const tables: IndicatorTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const columns: Column[] = [];
    const headers: string[] = [];
    for (let j = i; j < lines.length && columns.length < 6; j++) {
      const col = columnOf(lines[j]?.text ?? '');
      if (!col) break;
      columns.push(col);
      headers.push(lines[j]?.text ?? '');
    }
    const valueColumns = columns.flatMap((c, k) => (c === 'value' ? [k] : []));
    if (columns.length < 2 || !columns.includes('indicator') || valueColumns.length === 0) {
      i++;
      continue;
    }
    // With several value columns (基期 and 目标 years) the target is the one naming 目标, else the latest year.
    const valueColumn =
      valueColumns.find((k) => headers[k]?.includes('目标')) ??
      valueColumns.reduce((a, b) => ((headers[b] ?? '') > (headers[a] ?? '') ? b : a));
    const yearMatch = headers[valueColumn]?.match(/(20\d{2})/);
    const year = yearMatch ? Number(yearMatch[1]) : null;
    // A unit for all rows may sit in the indicator header: "指标名称(%)".
    const headerUnit = headers[columns.indexOf('indicator')]?.match(/\(([^()]+)\)$/)?.[1] ?? '';
    const cols = columns.length;
    const serialColumn = columns.indexOf('serial');
    const targets: FoundTarget[] = [];
    let row = i + cols;
    let serial = 1;
    while (row + cols <= lines.length) {
      const cells = lines.slice(row, row + cols).map((l) => l.text);
      if (serialColumn >= 0 && cells[serialColumn] !== String(serial)) break;
      if (cells.some((c) => columnOf(c) !== null)) break;
      const target = readRow(cells, columns, valueColumn, headerUnit, year, lines[row]?.start ?? 0);
      if (!target) break;
      targets.push(target);
      row += cols;
      serial++;
    }
    if (targets.length === 0) {
      i++;
      continue;
    }
    // Take the caption line ("专栏1 主要指标") along, so it is not read as prose either.
    const caption = i > 0 && /^专栏/.test(lines[i - 1]?.text ?? '') ? i - 1 : i;
    tables.push({ start: lines[caption]?.start ?? 0, end: lines[row - 1]?.end ?? 0, targets });
    i = row;
  }
  return tables;
}
