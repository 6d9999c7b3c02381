// CSV: decoded (UTF-8/GB18030/UTF-16), delimiter sniffed (comma, tab or semicolon), parsed with
// csv-parse. Row numbers are record numbers, which is what Excel shows when it opens the file
// (a quoted cell with line breaks stays one row).
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../core/errors/app-error.ts';
import { decodeText } from './decode-text.ts';
import type { SourceRow, SourceSheet } from './table-source.ts';

function sniffDelimiter(text: string): string {
  const firstLines = text
    .slice(0, 4096)
    .split(/\r?\n/)
    .slice(0, 5)
    .join('\n')
    .replace(/"[^"]*"/g, '');
  const count = (ch: string) => firstLines.split(ch).length - 1;
  const candidates: [string, number][] = [
    [',', count(',')],
    ['\t', count('\t')],
    [';', count(';')],
  ];
  candidates.sort((a, b) => b[1] - a[1]);
  return candidates[0]?.[1] ? candidates[0][0] : ',';
}

export function parseCsv(bytes: Uint8Array, fileName: string): string[][] {
  const text = decodeText(bytes, fileName).replace(/^\uFEFF/, '');
  try {
    return parse(text, {
      delimiter: sniffDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (e) {
    const where = e instanceof CsvError && 'lines' in e ? `(约第 ${String(e.lines)} 行)` : '';
    throw new AppError('FILE_CORRUPT', `CSV 文件「${fileName}」格式错误${where}:请检查引号是否成对`, [
      { file: fileName, message: `CSV 格式错误${where}` },
    ]);
  }
}

async function* rowsOf(records: string[][]): AsyncGenerator<SourceRow> {
  for (let i = 0; i < records.length; i++) {
    // Let the server answer other requests while a large file is validated.
    if (i > 0 && i % 2000 === 0) await yieldToLoop();
    yield { number: i + 1, cells: (records[i] ?? []).map((s) => (s === '' ? null : s)) };
  }
}

export async function* readCsv(bytes: Uint8Array, fileName: string): AsyncGenerator<SourceSheet> {
  yield { name: null, rows: rowsOf(parseCsv(bytes, fileName)) };
}
