// Chooses the reader by the file's name and checks its first bytes agree.
import { AppError } from '../../core/errors/app-error.ts';
import { readCsv } from './read-csv.ts';
import { readXlsx, type XlsxReadOptions } from './read-xlsx.ts';
import type { FileFormat, SourceSheet } from './table-source.ts';

export function formatOf(fileName: string): FileFormat {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'xls' || ext === 'et' || ext === 'wps') {
    throw new AppError(
      'FILE_TYPE_UNSUPPORTED',
      `不支持旧版 Excel 格式「${fileName}」:请在 Excel 或 WPS 中另存为 .xlsx 后再导入`,
    );
  }
  throw new AppError('FILE_TYPE_UNSUPPORTED', `不支持的文件类型「${fileName}」:请上传 .xlsx 或 .csv 文件`);
}

export function readTableFile(
  bytes: Buffer,
  fileName: string,
  opts: XlsxReadOptions = {},
): AsyncGenerator<SourceSheet> {
  if (bytes.length === 0) throw new AppError('FILE_EMPTY', `文件「${fileName}」为空`);
  return formatOf(fileName) === 'xlsx' ? readXlsx(bytes, fileName, opts) : readCsv(bytes, fileName);
}
