// CSV files arrive as UTF-8 (with or without BOM), as GB18030/GBK (Excel on Chinese Windows
// saves "CSV" in the system code page) or as UTF-16 (Excel's "Unicode text"). UTF-8 is tried
// strictly first: GB18030 would "decode" UTF-8 bytes into nonsense without complaint.
import { AppError } from '../../core/errors/app-error.ts';

export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new AppError(
        'FILE_ENCODING',
        `无法识别文件「${fileName}」的文字编码:请另存为 UTF-8 或 GB18030 编码的 CSV`,
        [{ file: fileName, message: '既不是 UTF-8 也不是 GB18030 编码' }],
      );
    }
  }
}
