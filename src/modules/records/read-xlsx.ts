// .xlsx through exceljs's streaming reader, so a 100,000-row file is never held as a workbook
// model. Before streaming, the zip's central directory is checked (yauzl): an encrypted workbook
// (an OLE container, not a zip), random bytes, a zip without xl/workbook.xml or one that would
// inflate absurdly is FILE_CORRUPT / FILE_ZIP_BOMB with the file's name, not a stack trace.
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { AppError } from '../../core/errors/app-error.ts';
import { type Cell, FORMULA_WITHOUT_RESULT } from '../../core/records/cell.ts';
import type { SourceRow, SourceSheet } from './table-source.ts';
import { type StoredEntry, sheetsLast } from './xlsx-entry-order.ts';

/** Declared inflated size above which a workbook is refused. */
const MAX_INFLATED_BYTES = 2 * 1024 ** 3;

const OLE_MAGIC = Buffer.from('d0cf11e0a1b11ae1', 'hex');

function corrupt(fileName: string, why: string, cause?: unknown): AppError {
  const e = new AppError('FILE_CORRUPT', `文件「${fileName}」已损坏或无法读取:${why}`, [
    { file: fileName, message: why },
  ]);
  // The parser's own error stays attached for the log; the user reads the message above.
  e.cause = cause;
  return e;
}

/** Checks the zip's directory; resolves with its entries when it looks like a workbook. */
export function checkWorkbookZip(bytes: Buffer, fileName: string): Promise<StoredEntry[]> {
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    return Promise.reject(
      corrupt(fileName, '文件已加密(设置了打开密码)或为旧版 .xls 格式,请取消密码并另存为 .xlsx 后再导入'),
    );
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    return Promise.reject(corrupt(fileName, '不是有效的 .xlsx 工作簿(不是 zip 格式)'));
  }
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) {
        reject(corrupt(fileName, '压缩结构损坏'));
        return;
      }
      let inflated = 0;
      const entries: StoredEntry[] = [];
      let hasWorkbook = false;
      let hasSheet = false;
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName === 'xl/workbook.xml') hasWorkbook = true;
        if (/^xl\/worksheets\/sheet\d+\.xml$/.test(entry.fileName)) hasSheet = true;
        if (entry.isEncrypted()) {
          zip.close();
          reject(corrupt(fileName, '工作簿内容已加密'));
          return;
        }
        entries.push({ fileName: entry.fileName, offset: entry.relativeOffsetOfLocalHeader });
        inflated += entry.uncompressedSize;
        if (inflated > MAX_INFLATED_BYTES) {
          zip.close();
          reject(
            new AppError('FILE_ZIP_BOMB', `文件「${fileName}」解压后体积异常,已拒绝处理`, [
              { file: fileName, message: '解压后超过 2 GB' },
            ]),
          );
          return;
        }
        zip.readEntry();
      });
      zip.on('end', () => {
        if (!hasWorkbook) reject(corrupt(fileName, '缺少 xl/workbook.xml,不是完整的 Excel 工作簿'));
        else if (!hasSheet) reject(corrupt(fileName, '工作簿中没有工作表'));
        else resolve(entries);
      });
      zip.on('error', () => reject(corrupt(fileName, '压缩结构损坏')));
      zip.readEntry();
    });
  });
}

/** A cell as exceljs gives it, in the importers' terms; formulas give their cached result. */
export function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isNaN(v) ? { error: '#VALUE!' } : v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      if (!('result' in o) || o.result === undefined) return { error: FORMULA_WITHOUT_RESULT };
      const r = o.result;
      // The streaming reader parses an error result (#DIV/0!) as NaN.
      if (typeof r === 'number' && Number.isNaN(r)) return { error: '#错误' };
      return toCell(r);
    }
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((p) => p.text ?? '').join('');
    if (typeof o.error === 'string') return { error: o.error };
    if (typeof o.text === 'string') return o.text;
  }
  return null;
}

async function* rowsOf(ws: ExcelJS.stream.xlsx.WorksheetReader, fileName: string): AsyncGenerator<SourceRow> {
  try {
    for await (const row of ws) {
      // row.values is 1-based and fresh per call: convert it in place rather than copy it.
      const cells = row.values as unknown[] as Cell[];
      cells.shift();
      for (let i = 0; i < cells.length; i++) cells[i] = toCell(cells[i]);
      yield { number: row.number, cells };
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw corrupt(fileName, '工作表内容无法解析', e);
  }
}

/** From this size on, a workbook is parsed in a worker thread while the main thread validates. */
export const XLSX_WORKER_MIN_BYTES = 2 * 1024 * 1024;

export interface XlsxReadOptions {
  /** 'auto': a worker for large files; 'always'/'never' for tests. */
  worker?: 'auto' | 'always' | 'never';
}

export async function* readXlsx(
  bytes: Buffer,
  fileName: string,
  opts: XlsxReadOptions = {},
): AsyncGenerator<SourceSheet> {
  const stored = await checkWorkbookZip(bytes, fileName);
  const ordered = sheetsLast(bytes, stored);
  const mode = opts.worker ?? 'auto';
  if (mode === 'always' || (mode === 'auto' && ordered.length >= XLSX_WORKER_MIN_BYTES)) {
    yield* readInWorker(ordered, fileName);
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([ordered]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles are needed to tell a date cell from a number (生产日期 would read as 45052).
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const ws of reader) {
      const name = (ws as unknown as { name?: string }).name ?? null;
      yield { name, rows: rowsOf(ws, fileName) };
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw corrupt(fileName, '工作簿内容无法解析', e);
  }
}

type WorkerMessage =
  | { type: 'sheet'; sheet: number; name: string | null }
  | { type: 'rows'; sheet: number; rows: [number, unknown[]][] }
  | { type: 'end' }
  | { type: 'error'; message: string }
  | { type: 'crash'; message: string };

/** Batches the worker may run ahead of the validator. */
const WORKER_WINDOW = 8;

function toCells(values: unknown[]): Cell[] {
  const cells: Cell[] = [];
  for (let i = 1; i < values.length; i++) cells.push(toCell(values[i]));
  return cells;
}

/** The same sheets as the in-thread reader, parsed by xlsx-row-worker.mjs. */
async function* readInWorker(bytes: Buffer, fileName: string): AsyncGenerator<SourceSheet> {
  const worker = new Worker(new URL('./xlsx-row-worker.mjs', import.meta.url), {
    workerData: { bytes, window: WORKER_WINDOW },
    // Plain JavaScript: no need for the parent's TypeScript loader hooks, which slow its start.
    execArgv: [],
  });
  const queue: WorkerMessage[] = [];
  let waiter: ((m: WorkerMessage) => void) | null = null;
  let ended = false;
  const push = (m: WorkerMessage) => {
    if (m.type === 'end' || m.type === 'error' || m.type === 'crash') ended = true;
    if (waiter) {
      const w = waiter;
      waiter = null;
      w(m);
    } else queue.push(m);
  };
  worker.on('message', push);
  // The thread itself failing (not the file) is an internal error, not a corrupt file.
  worker.on('error', (e) => push({ type: 'crash', message: e.message }));
  worker.on('exit', () => {
    if (!ended) push({ type: 'crash', message: '读取线程意外退出' });
  });
  const next = async (): Promise<WorkerMessage> => {
    const m = queue.shift() ?? (await new Promise<WorkerMessage>((resolve) => (waiter = resolve)));
    // A credit per batch taken: the worker stays at most WORKER_WINDOW batches ahead.
    if (m.type === 'rows') worker.postMessage({ type: 'credit' });
    if (m.type === 'error') throw corrupt(fileName, '工作簿内容无法解析');
    if (m.type === 'crash') throw new Error(`读取 .xlsx 的线程出错:${m.message}`);
    return m;
  };

  try {
    let m = await next();
    while (m.type !== 'end') {
      if (m.type !== 'sheet') {
        m = await next(); // rows of a sheet the validator stopped reading
        continue;
      }
      const sheet = m.sheet;
      let after: WorkerMessage | null = null;
      const rows = async function* (): AsyncGenerator<SourceRow> {
        try {
          for (;;) {
            const r = await next();
            if (r.type !== 'rows' || r.sheet !== sheet) {
              after = r;
              return;
            }
            for (const [number, values] of r.rows) yield { number, cells: toCells(values) };
          }
        } finally {
          if (after === null) worker.postMessage({ type: 'skip', sheet });
        }
      };
      yield { name: m.name, rows: rows() };
      m = after ?? (await next());
    }
  } finally {
    await worker.terminate();
  }
}
