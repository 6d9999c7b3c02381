// Reads an uploaded plan file (.docx or .txt) into text for parsePlan. The type is decided
// by the file's bytes, not its name; every rejection names the file, since users upload
// several at once.
import mammoth from 'mammoth';
import { AppError } from '../../core/errors/app-error.ts';
import type { ErrorCode } from '../../core/errors/codes.ts';
import { decodeText, garbageRatio } from './decode-text.ts';
import { sniffFileKind } from './file-kind.ts';
import { inspectZip } from './inspect-zip.ts';

export interface PlanFile {
  name: string;
  bytes: Buffer;
}

export const MAX_PLAN_FILE_BYTES = 20 * 1024 * 1024;

/** Above this share of control/replacement characters a text is a mis-decoded binary. */
const MAX_GARBAGE_RATIO = 0.01;

const ASK = '请上传 .docx 或 .txt 格式的方案';

function fail(code: ErrorCode, file: PlanFile, message: string): AppError {
  return new AppError(code, message, [{ file: file.name, message }]);
}

async function readDocx(file: PlanFile): Promise<string> {
  const verdict = await inspectZip(file.bytes);
  if (!verdict.ok && verdict.reason === 'bomb') {
    throw fail('FILE_ZIP_BOMB', file, `「${file.name}」解压后体积异常(可能是压缩炸弹),已拒绝处理`);
  }
  if (!verdict.ok) throw fail('FILE_CORRUPT', file, `「${file.name}」已损坏,无法作为压缩文档读取`);
  if (!verdict.entries.includes('word/document.xml')) {
    if (verdict.entries.some((e) => e.startsWith('xl/'))) {
      throw fail('FILE_TYPE_UNSUPPORTED', file, `「${file.name}」是 Excel 文件,${ASK}`);
    }
    if (verdict.entries.some((e) => e.startsWith('ppt/'))) {
      throw fail('FILE_TYPE_UNSUPPORTED', file, `「${file.name}」是 PowerPoint 文件,${ASK}`);
    }
    throw fail('FILE_CORRUPT', file, `「${file.name}」不是有效的 Word 文档:缺少正文(word/document.xml)`);
  }
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: file.bytes })).value;
  } catch {
    throw fail('FILE_CORRUPT', file, `「${file.name}」已损坏,无法读取其中的文字`);
  }
  if (text.trim().length === 0) throw fail('FILE_EMPTY', file, `「${file.name}」中没有文字`);
  return text;
}

function readText(file: PlanFile): string {
  const decoded = decodeText(file.bytes);
  if (!decoded || garbageRatio(decoded.text) > MAX_GARBAGE_RATIO) {
    throw fail(
      'FILE_ENCODING',
      file,
      `「${file.name}」的文字编码无法识别,请另存为 UTF-8 编码的 .txt 或 .docx 后重新上传`,
    );
  }
  if (decoded.text.trim().length === 0) throw fail('FILE_EMPTY', file, `「${file.name}」中没有文字`);
  return decoded.text;
}

/** Returns the plan's text; throws AppError FILE_* when the file cannot be read as a plan document. */
export async function readPlanText(file: PlanFile): Promise<string> {
  if (file.bytes.length === 0) throw fail('FILE_EMPTY', file, `「${file.name}」是空文件`);
  if (file.bytes.length > MAX_PLAN_FILE_BYTES) {
    throw fail('FILE_TOO_LARGE', file, `「${file.name}」超过 20 MB,无法处理`);
  }
  switch (sniffFileKind(file.bytes)) {
    case 'zip':
      return readDocx(file);
    case 'text':
    case 'utf16':
      return readText(file);
    case 'pdf':
      throw fail('FILE_TYPE_UNSUPPORTED', file, `「${file.name}」是 PDF 文件,${ASK}`);
    case 'image':
      throw fail('FILE_TYPE_UNSUPPORTED', file, `「${file.name}」是图片文件,${ASK}`);
    case 'ole':
      throw fail(
        'FILE_TYPE_UNSUPPORTED',
        file,
        `「${file.name}」是旧版 Word/WPS(.doc/.wps)文件,请另存为 .docx 后重新上传`,
      );
    case 'rtf':
      throw fail('FILE_TYPE_UNSUPPORTED', file, `「${file.name}」是 RTF 文件,${ASK}`);
    case 'archive':
      throw fail('FILE_TYPE_UNSUPPORTED', file, `「${file.name}」是压缩包,${ASK}`);
    case 'binary':
      throw fail('FILE_TYPE_UNSUPPORTED', file, `「${file.name}」不是文本或 Word 文档,${ASK}`);
  }
}
