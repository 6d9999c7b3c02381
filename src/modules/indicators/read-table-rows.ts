// A file's first sheet as a header and rows, through the records module's readers (exceljs
// streaming for .xlsx, csv-parse with encoding detection for .csv), for the file commands that
// compute without a database.
import { AppError } from '../../core/errors/app-error.ts';
import type { TableRow } from '../../core/indicators/file-tables.ts';
import { isBlankCell } from '../../core/records/cell.ts';
import { readTableFile } from '../records/read-table-file.ts';

export async function readTableRows(bytes: Buffer, fileName: string): Promise<{ header: string[]; rows: TableRow[] }> {
  for await (const sheet of readTableFile(bytes, fileName)) {
    let header: string[] | null = null;
    const rows: TableRow[] = [];
    for await (const r of sheet.rows) {
      if (header === null) {
        if (r.cells.every(isBlankCell)) continue;
        header = r.cells.map((c) =>
          c === null ? '' : String(c instanceof Date ? c.toISOString() : typeof c === 'object' ? '' : c).trim(),
        );
        continue;
      }
      rows.push({
        number: r.number,
        cells: r.cells.map((c) => (typeof c === 'object' && c !== null && !(c instanceof Date) ? null : c)),
      });
    }
    if (header === null) throw new AppError('FILE_EMPTY', `文件「${fileName}」没有表头行`);
    return { header, rows };
  }
  throw new AppError('FILE_EMPTY', `文件「${fileName}」没有工作表`);
}
