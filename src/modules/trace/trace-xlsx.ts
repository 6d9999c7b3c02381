// Trace events in .xlsx: reading an uploaded sheet (through the records importer's hardened
// reader: zip-bomb and encryption checks, streaming) and writing the template and exports.
import ExcelJS from 'exceljs';
import { AppError } from '../../core/errors/app-error.ts';
import type { Cell } from '../../core/records/cell.ts';
import {
  COLUMN_NOTES,
  REQUIRED_COLUMNS,
  SHEET_COLUMNS,
  type SheetColumn,
  type SheetRow,
} from '../../core/trace/sheet-rows.ts';
import { readXlsx } from '../records/read-xlsx.ts';

const MAX_ROWS = 100_000;
const NOTES_SHEET = '填写说明';

function headerKey(c: Cell): SheetColumn | null {
  if (typeof c !== 'string') return null;
  const h = c.replace(/[\s*＊]/g, '').replace(/／/g, '/');
  if (h === '批次' || h === '追溯码' || h === '批号/追溯码') return '批次/追溯码';
  return (SHEET_COLUMNS as readonly string[]).includes(h) ? (h as SheetColumn) : null;
}

/** The rows of the first sheet that has the header row, with their spreadsheet row numbers. */
export async function readTraceSheet(bytes: Buffer, fileName: string): Promise<{ number: number; row: SheetRow }[]> {
  if (bytes.length === 0) throw new AppError('FILE_EMPTY', `文件「${fileName}」为空`);
  if (!/\.xlsx$/i.test(fileName)) {
    throw new AppError('FILE_TYPE_UNSUPPORTED', `不支持的文件类型「${fileName}」:请上传 .xlsx 文件(可先下载模板)`);
  }
  for await (const sheet of readXlsx(bytes, fileName)) {
    let header: (SheetColumn | null)[] | null = null;
    const out: { number: number; row: SheetRow }[] = [];
    for await (const r of sheet.rows) {
      if (!header) {
        const keys = r.cells.map(headerKey);
        if (keys.includes('事件类型') && keys.includes('批次/追溯码')) header = keys;
        continue;
      }
      if (r.cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) continue;
      const row: SheetRow = {};
      header.forEach((k, i) => {
        if (k) row[k] = r.cells[i] ?? null;
      });
      out.push({ number: r.number, row });
      if (out.length > MAX_ROWS)
        throw new AppError('FILE_TOO_LARGE', `文件「${fileName}」超过 ${MAX_ROWS} 行,请分批导入`);
    }
    if (header) {
      const missing = REQUIRED_COLUMNS.filter((c) => !header?.includes(c));
      if (missing.length > 0) throw new AppError('IMPORT_HEADER_NOT_FOUND', `表头缺少列:${missing.join('、')}`);
      if (out.length === 0) throw new AppError('IMPORT_NO_ROWS');
      return out;
    }
  }
  throw new AppError('IMPORT_HEADER_NOT_FOUND', `未找到表头:请使用追溯事件模板,表头须含「事件类型」和「批次/追溯码」`);
}

/** A workbook of event rows (an empty one is the template), with the 填写说明 sheet. */
export async function writeTraceWorkbook(
  rows: readonly Record<SheetColumn, string | number | null>[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'zhiliang';
  const ws = wb.addWorksheet('追溯事件', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = SHEET_COLUMNS.map((h) => ({
    header: h,
    key: h,
    width: h === '批次/追溯码' || h.endsWith('批次') ? 36 : 18,
  }));
  ws.getRow(1).font = { bold: true };
  SHEET_COLUMNS.forEach((h, i) => {
    if (REQUIRED_COLUMNS.includes(h)) {
      ws.getRow(1).getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    }
  });
  for (const r of rows) ws.addRow(SHEET_COLUMNS.map((h) => r[h] ?? null));
  const notes = wb.addWorksheet(NOTES_SHEET);
  notes.columns = [
    { header: '列', key: 'c', width: 18 },
    { header: '说明', key: 'n', width: 100 },
  ];
  for (const h of SHEET_COLUMNS) notes.addRow({ c: h, n: COLUMN_NOTES[h] });
  notes.addRow({});
  notes.addRow({ c: '整体', n: '一行一个事件;文件中任何一行有错误或违反追溯规则时,整个文件不导入。' });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
