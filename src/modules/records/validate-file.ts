// Streams a file's sheets into the core validator. Reading stops early where the validator says
// the rest of a sheet is not needed (a million formatted but empty rows, a sheet with no header).
import { AppError } from '../../core/errors/app-error.ts';
import { ImportValidator } from '../../core/records/import-validator.ts';
import type { KindSpec } from '../../core/records/kind-spec.ts';
import { type RegionRef, regionMatcher } from '../../core/records/region-matcher.ts';
import { readTableFile } from './read-table-file.ts';

export interface ValidateFileInput {
  spec: KindSpec;
  fileName: string;
  bytes: Buffer;
  regions: readonly RegionRef[];
  year: number | null;
  defaultDate: string | null;
  today: string;
  scopeRegion: string | null;
  /** Parse .xlsx in a worker thread: 'auto' for large files. */
  xlsxWorker?: 'auto' | 'always' | 'never';
  /** Called every few hundred rows with the number of data rows read so far. */
  onRows?: (rows: number) => void;
}

const PROGRESS_EVERY = 500;

export async function validateFile(input: ValidateFileInput): Promise<ImportValidator> {
  const { spec, fileName } = input;
  const v = new ImportValidator(spec, {
    fileName,
    regions: regionMatcher(input.regions),
    year: input.year,
    defaultDate: input.defaultDate,
    today: input.today,
    scopeRegion: input.scopeRegion,
  });
  let lastReported = 0;
  for await (const sheet of readTableFile(input.bytes, fileName, { worker: input.xlsxWorker ?? 'auto' })) {
    if (!v.startSheet(sheet.name)) continue;
    for await (const row of sheet.rows) {
      if (v.row(row.number, row.cells) === 'stop') break;
      if (v.rows - lastReported >= PROGRESS_EVERY) {
        lastReported = v.rows;
        input.onRows?.(v.rows);
      }
    }
  }
  input.onRows?.(v.rows);
  if (!v.headerFound) {
    const expected = spec.fields.filter((f) => f.required).map((f) => `「${f.header}」`);
    throw new AppError(
      'IMPORT_HEADER_NOT_FOUND',
      `文件「${fileName}」中未找到${spec.name}的表头:请确认选择的数据类型正确,表头应包含 ${expected.join('')} 等列`,
      [{ file: fileName, message: `未找到表头(前 30 个非空行中没有至少两个可识别的列名)` }],
    );
  }
  return v;
}
