// The RowReader given to a kind's build(): typed cell access by field, recording each problem
// against the row and the column as the file names it. One instance serves a whole sheet (reset
// per row) so 100,000 rows do not mean 100,000 readers.
import { validateCreditCode } from '../standards/index.ts';
import { type Cell, cellErrorMessage, cellText, isCellError } from './cell.ts';
import type { HeaderMap } from './header-map.ts';
import type { DateOptions, KindSpec, NumberOptions, RowReader } from './kind-spec.ts';
import type { Choice } from './parse-choice.ts';
import { parseYesNo } from './parse-choice.ts';
import { type Parsed, parseDateCell, parseDateTimeCell, parseMonthCell } from './parse-date.ts';
import { isMissingValue, parseMeasureCell, parseNumberCell } from './parse-number.ts';

export interface RowSink {
  error(row: number, column: string | undefined, message: string): void;
  warn(row: number, column: string | undefined, message: string): void;
}

export class SheetRowReader implements RowReader {
  row = 0;
  failed = false;
  private cells: readonly Cell[] = [];
  private readonly required: Set<string>;
  private readonly headers: Map<string, string>;
  /** Fields of the current row whose cell was already reported (an error value): no "不能为空" too. */
  private readonly reported = new Set<string>();

  constructor(
    spec: KindSpec,
    private readonly map: HeaderMap,
    private readonly year: number | null,
    private readonly sink: RowSink,
  ) {
    this.required = new Set(spec.fields.filter((f) => f.required).map((f) => f.key));
    this.headers = new Map(spec.fields.map((f) => [f.key, f.header]));
    for (const [key, cols] of map.columns) {
      const first = cols[0];
      const h = first === undefined ? undefined : map.headers[first];
      if (h) this.headers.set(key, h);
    }
  }

  reset(row: number, cells: readonly Cell[]): void {
    this.row = row;
    this.cells = cells;
    this.failed = false;
    if (this.reported.size > 0) this.reported.clear();
  }

  label(field: string): string {
    return this.headers.get(field) ?? field;
  }

  error(field: string | null, message: string): void {
    this.failed = true;
    this.sink.error(this.row, field === null ? undefined : this.label(field), message);
  }

  warn(field: string | null, message: string): void {
    this.sink.warn(this.row, field === null ? undefined : this.label(field), message);
  }

  has(field: string): boolean {
    return this.map.columns.has(field);
  }

  /** The field's cell: the first non-blank of its columns; a cell error is reported here. */
  private cell(field: string): Cell {
    const cols = this.map.columns.get(field);
    if (!cols) return null;
    for (const i of cols) {
      const c = this.cells[i] ?? null;
      if (c === null || (typeof c === 'string' && c.trim() === '')) continue;
      if (isCellError(c)) {
        if (!this.reported.has(field)) this.error(field, cellErrorMessage(c));
        this.reported.add(field);
        return null;
      }
      return c;
    }
    return null;
  }

  private missing(field: string): null {
    if (this.required.has(field) && !this.reported.has(field)) this.error(field, '不能为空');
    return null;
  }

  private parsed<T>(field: string, p: Parsed<T> | null): T | null {
    if (p === null) return this.missing(field);
    if (!p.ok) {
      this.error(field, p.message);
      return null;
    }
    return p.value;
  }

  text(field: string): string | null {
    const t = cellText(this.cell(field));
    return t === null ? this.missing(field) : t;
  }

  private inYear(field: string, date: string | null, opts?: DateOptions): string | null {
    if (date !== null && this.year !== null && opts?.checkYear !== false && Number(date.slice(0, 4)) !== this.year) {
      this.error(field, `日期 ${date} 不在 ${this.year} 年内`);
      return null;
    }
    return date;
  }

  date(field: string, opts?: DateOptions): string | null {
    return this.inYear(field, this.parsed(field, parseDateCell(this.cell(field))), opts);
  }

  month(field: string): string | null {
    const m = this.parsed(field, parseMonthCell(this.cell(field)));
    if (m !== null && this.year !== null && Number(m.slice(0, 4)) !== this.year) {
      this.error(field, `月份 ${m} 不在 ${this.year} 年内`);
      return null;
    }
    return m;
  }

  dateTime(field: string): { date: string; hour: number } | null {
    const v = this.parsed(field, parseDateTimeCell(this.cell(field)));
    if (v === null) return null;
    return this.inYear(field, v.date) === null ? null : v;
  }

  number(field: string, opts: NumberOptions = {}): number | null {
    const c = this.cell(field);
    if (opts.allowMissingMarkers && isMissingValue(c)) return this.missing(field);
    const n = this.parsed(field, parseNumberCell(c));
    if (n === null) return null;
    if (opts.integer && !Number.isInteger(n)) return this.bad(field, `应为整数,「${n}」不是整数`);
    if (opts.min !== undefined && n < opts.min) {
      return this.bad(field, opts.min === 0 ? `不能为负数(${n})` : `${n} 小于允许的最小值 ${opts.min}`);
    }
    if (opts.max !== undefined && n > opts.max)
      return this.bad(field, `${n} 超过合理上限 ${opts.max},请核对数值和单位`);
    return n;
  }

  private bad(field: string, message: string): null {
    this.error(field, message);
    return null;
  }

  measure(field: string): number | string | null {
    const v = this.parsed(field, parseMeasureCell(this.cell(field)));
    if (typeof v === 'number' && v < 0) return this.bad(field, `测定值不能为负数(${v})`);
    return v;
  }

  choice<T extends string>(field: string, c: Choice<T>): T | null {
    const t = this.text(field);
    if (t === null) return null;
    const v = c.match(t);
    return v === null ? this.bad(field, `「${t}」不是可选值,应为:${c.hint}`) : v;
  }

  yesNo(field: string): boolean | null {
    const t = this.text(field);
    if (t === null) return null;
    const v = parseYesNo(t);
    if (v === null) this.error(field, `「${t}」应填写“是”或“否”`);
    return v;
  }

  creditCode(field: string): string | null {
    const t = this.text(field);
    if (t === null) return null;
    const r = validateCreditCode(t);
    if (!r.valid) return this.bad(field, `统一社会信用代码「${t}」无效:${r.reason}`);
    return t;
  }

  extras(): { header: string; cell: Cell }[] {
    return this.map.unclaimed.map((i) => ({ header: this.map.headers[i] ?? '', cell: this.cells[i] ?? null }));
  }
}

/** The spec's fields that are required but have no column in the file. */
export function missingRequiredColumns(spec: KindSpec, map: HeaderMap): string[] {
  return spec.fields.filter((f) => f.required && !map.columns.has(f.key)).map((f) => f.header);
}
