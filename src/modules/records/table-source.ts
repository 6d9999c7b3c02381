// What a reader hands the validator: the sheets of a file, each a stream of rows with their
// spreadsheet row numbers. CSV files are one unnamed sheet.
import type { Cell } from '../../core/records/cell.ts';

export interface SourceRow {
  /** 1-based row number as the spreadsheet shows it. */
  number: number;
  cells: Cell[];
}

export interface SourceSheet {
  name: string | null;
  rows: AsyncIterable<SourceRow>;
}

export type FileFormat = 'xlsx' | 'csv';
