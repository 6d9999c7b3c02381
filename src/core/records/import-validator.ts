// Validates a whole file, one row at a time as the reader streams it: header detection per sheet,
// every field of every row, duplicates inside the file, the importer's region scope. It never
// stops at the first bad row: the caller gets every problem, and records only when there are none.
import { type Cell, cellText, isBlankCell } from './cell.ts';
import { type HeaderMap, mapHeader, repeatsHeader } from './header-map.ts';
import type { BuiltRecord, KindContext, KindSpec } from './kind-spec.ts';
import { type Problem, ProblemList } from './problem.ts';
import { missingRequiredColumns, SheetRowReader } from './row-reader.ts';

/** Rows scanned for a header before a sheet is judged to have none. */
export const HEADER_SCAN_ROWS = 30;
/** A sheet ends after this many consecutive empty rows (a formatted sheet may "use" a million). */
export const MAX_EMPTY_RUN = 1000;

export interface ValidatorOptions extends Omit<KindContext, 'sourceName'> {
  fileName: string;
  /** A county user's region: rows attributed elsewhere (or nowhere) are scope errors. */
  scopeRegion: string | null;
}

export type RowVerdict = 'continue' | 'stop';

// Lines that are notes, not data: the published disclaimer, 注:…, 合计 rows.
const NOTE = /^(?:以下信息|注[::\s]|注$|说明|备注[::]|数据来源|填表|制表|审核|来源[::])/;
const TOTAL = /^(?:合\s*计|小\s*计|总\s*计)$/;

interface SheetState {
  label: string;
  header: HeaderMap | null;
  reader: SheetRowReader | null;
  blocked: boolean;
  scanned: number;
  lastFilled: number;
}

export class ImportValidator {
  readonly errors = new ProblemList();
  readonly warnings = new ProblemList();
  readonly records: BuiltRecord[] = [];
  /** Data rows seen (not counting header, notes and blank rows). */
  rows = 0;
  headerFound = false;
  private readonly seen = new Map<string, { label: string; row: number }>();
  private sheet: SheetState | null = null;
  private ctx: KindContext;

  constructor(
    private readonly spec: KindSpec,
    private readonly opts: ValidatorOptions,
  ) {
    this.ctx = {
      regions: opts.regions,
      year: opts.year,
      defaultDate: opts.defaultDate,
      today: opts.today,
      sourceName: opts.fileName,
    };
  }

  /** Starts a sheet; false when it should be skipped (the template's 填写说明). */
  startSheet(sheetName: string | null): boolean {
    if (sheetName !== null && /填写说明|说明$/.test(sheetName)) return false;
    // The first data sheet is "the file"; later sheets say which sheet they are.
    const label = sheetName !== null && this.headerFound ? `${this.opts.fileName}「${sheetName}」` : this.opts.fileName;
    this.sheet = { label, header: null, reader: null, blocked: false, scanned: 0, lastFilled: 0 };
    this.ctx = { ...this.ctx, sourceName: `${this.opts.fileName} ${sheetName ?? ''}` };
    return true;
  }

  private problem(list: ProblemList, row: number | undefined, column: string | undefined, message: string) {
    const s = this.sheet;
    const p: Problem = { file: s?.label ?? this.opts.fileName, message };
    if (row !== undefined) p.row = row;
    if (column !== undefined) p.column = column;
    list.add(p);
  }

  /** Feeds one spreadsheet row (1-based number); 'stop' when the rest of the sheet is not needed. */
  row(rowNumber: number, cells: readonly Cell[]): RowVerdict {
    const s = this.sheet;
    if (!s) throw new Error('startSheet() first');
    if (rowNumber - s.lastFilled > MAX_EMPTY_RUN) {
      if (cells.some((c) => !isBlankCell(c))) {
        this.problem(
          this.warnings,
          rowNumber,
          undefined,
          `第 ${s.lastFilled} 行之后连续 ${MAX_EMPTY_RUN} 行以上为空,已停止读取本工作表,其后的内容(含本行)未导入`,
        );
      }
      return 'stop';
    }
    if (!cells.some((c) => !isBlankCell(c))) return 'continue';
    s.lastFilled = rowNumber;

    if (!s.header) return this.findHeader(s, rowNumber, cells);
    if (s.blocked || !s.reader) return 'continue';
    if (this.isNote(cells) || repeatsHeader(s.header, cells)) return 'continue';

    this.rows++;
    const reader = s.reader;
    reader.reset(rowNumber, cells);
    const built = this.spec.build(reader, this.ctx);
    // Once the file has an error nothing will be stored: stop keeping records, keep validating.
    if (this.errors.count > 0 && this.records.length > 0) this.records.length = 0;
    if (!built || reader.failed) return 'continue';
    if (!this.inScope(reader, built)) return 'continue';
    const first = this.seen.get(built.key);
    if (first) {
      const where = first.label === s.label ? `第 ${first.row} 行` : `${first.label} 第 ${first.row} 行`;
      this.problem(this.errors, rowNumber, undefined, `与${where}重复(同一记录:${this.spec.naturalKey})`);
      return 'continue';
    }
    this.seen.set(built.key, { label: s.label, row: rowNumber });
    if (this.errors.count === 0) this.records.push(built);
    return 'continue';
  }

  private findHeader(s: SheetState, rowNumber: number, cells: readonly Cell[]): RowVerdict {
    s.scanned++;
    const { map, fields } = mapHeader(this.spec, rowNumber, cells);
    if (fields < Math.min(2, this.spec.fields.length)) {
      return s.scanned >= HEADER_SCAN_ROWS ? 'stop' : 'continue';
    }
    s.header = map;
    this.headerFound = true;
    const missing = missingRequiredColumns(this.spec, map);
    for (const h of missing) this.problem(this.errors, rowNumber, h, `缺少必填列「${h}」`);
    if (missing.length > 0) {
      s.blocked = true;
      return 'stop';
    }
    if (this.spec.extraColumns !== 'items' && map.unclaimed.length > 0) {
      const names = map.unclaimed.map((i) => `「${map.headers[i]}」`).join('');
      this.problem(this.warnings, rowNumber, undefined, `未识别的列 ${names} 已忽略`);
    }
    s.reader = new SheetRowReader(this.spec, map, this.opts.year, {
      error: (row, column, message) => this.problem(this.errors, row, column, message),
      warn: (row, column, message) => this.problem(this.warnings, row, column, message),
    });
    return 'continue';
  }

  private isNote(cells: readonly Cell[]): boolean {
    let first: Cell = null;
    let filled = 0;
    for (const c of cells) {
      if (isBlankCell(c)) continue;
      if (++filled === 1) first = c;
      else if (typeof first !== 'string') return false;
    }
    const text = cellText(first);
    if (text === null) return true;
    if (TOTAL.test(text)) return true;
    return filled === 1 && NOTE.test(text);
  }

  private inScope(reader: SheetRowReader, built: BuiltRecord): boolean {
    const scope = this.opts.scopeRegion;
    if (scope === null || !this.spec.regionScoped) return true;
    if (built.region === scope) return true;
    const column = this.spec.regionField ? reader.label(this.spec.regionField) : undefined;
    const mine = this.opts.regions.name(scope) ?? scope;
    const message =
      built.region === null
        ? `无法确定该行所属县市,县市用户只能导入本县市(${mine})的数据`
        : `该行属于「${this.opts.regions.name(built.region) ?? built.region}」,超出本县市(${mine})的权限范围`;
    const p: Problem = {
      file: this.sheet?.label ?? this.opts.fileName,
      row: reader.row,
      message,
      code: 'FORBIDDEN_SCOPE',
    };
    if (column !== undefined) p.column = column;
    this.errors.add(p);
    return false;
  }
}
