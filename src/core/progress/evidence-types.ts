// Evidence files a unit may attach to a report: PDF, JPEG, PNG, Word (.docx) and Excel (.xlsx).
// The extension says what the user claims; the bytes decide. A PNG renamed .pdf or a text file
// named .docx is refused, since browsers and office suites act on what a file really is.

export const DEFAULT_MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export type EvidenceKind = 'pdf' | 'jpeg' | 'png' | 'docx' | 'xlsx';

interface KindInfo {
  label: string;
  mime: string;
  /** For Office files: the part every such zip has. */
  zipPart?: string;
}

export const EVIDENCE_KINDS: Record<EvidenceKind, KindInfo> = {
  pdf: { label: 'PDF 文件', mime: 'application/pdf' },
  jpeg: { label: 'JPEG 图片', mime: 'image/jpeg' },
  png: { label: 'PNG 图片', mime: 'image/png' },
  docx: {
    label: 'Word 文档',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    zipPart: 'word/document.xml',
  },
  xlsx: {
    label: 'Excel 表格',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    zipPart: 'xl/workbook.xml',
  },
};

const BY_EXTENSION: Record<string, EvidenceKind> = {
  pdf: 'pdf',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  png: 'png',
  docx: 'docx',
  xlsx: 'xlsx',
};

export const ACCEPTED_EXTENSIONS = Object.keys(BY_EXTENSION).map((e) => `.${e}`);

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** What the first bytes are; 'zip' still needs its parts checked to be a .docx or .xlsx. */
export type Magic = 'pdf' | 'jpeg' | 'png' | 'zip' | 'gif' | 'ole' | 'text' | 'unknown';

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  return bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
}

export function sniffMagic(bytes: Uint8Array): Magic {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (!bytes.subarray(0, 4096).includes(0)) return 'text';
  return 'unknown';
}

const MAGIC_LABELS: Record<Magic, string> = {
  pdf: 'PDF 文件',
  jpeg: 'JPEG 图片',
  png: 'PNG 图片',
  zip: '压缩包',
  gif: 'GIF 图片',
  ole: '旧版 Office(.doc/.xls)文件',
  text: '纯文本',
  unknown: '无法识别的文件',
};

export type EvidenceVerdict =
  | { ok: true; kind: EvidenceKind; mime: string }
  | {
      ok: false;
      code: 'FILE_TYPE_UNSUPPORTED' | 'EVIDENCE_TYPE_MISMATCH' | 'FILE_EMPTY' | 'FILE_TOO_LARGE';
      message: string;
    };

export interface EvidenceFacts {
  fileName: string;
  size: number;
  maxBytes: number;
  magic: Magic;
  /** Part names when the file is a readable zip; null otherwise or when unreadable. */
  zipParts: string[] | null;
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** Accepts a file only when its extension is allowed and its content is what the extension says. */
export function judgeEvidence(f: EvidenceFacts): EvidenceVerdict {
  const name = `「${f.fileName}」`;
  if (f.size === 0) return { ok: false, code: 'FILE_EMPTY', message: `${name}是空文件` };
  if (f.size > f.maxBytes) {
    return { ok: false, code: 'FILE_TOO_LARGE', message: `${name}超过 ${formatBytes(f.maxBytes)},请压缩后再上传` };
  }
  const ext = extensionOf(f.fileName);
  const kind = BY_EXTENSION[ext];
  if (!kind) {
    return {
      ok: false,
      code: 'FILE_TYPE_UNSUPPORTED',
      message: `${name}的类型不支持:证据材料只能是 ${ACCEPTED_EXTENSIONS.join('、')} 文件`,
    };
  }
  const info = EVIDENCE_KINDS[kind];
  const mismatch = (actual: string): EvidenceVerdict => ({
    ok: false,
    code: 'EVIDENCE_TYPE_MISMATCH',
    message: `${name}的内容是${actual},与扩展名 .${ext}(${info.label})不符,请上传真实的${info.label}`,
  });
  if (info.zipPart) {
    if (f.magic !== 'zip') return mismatch(MAGIC_LABELS[f.magic]);
    if (f.zipParts === null) return mismatch('已损坏的压缩文件');
    if (!f.zipParts.includes(info.zipPart)) {
      const other = f.zipParts.includes('word/document.xml')
        ? 'Word 文档'
        : f.zipParts.includes('xl/workbook.xml')
          ? 'Excel 表格'
          : '普通压缩包';
      return mismatch(other);
    }
    return { ok: true, kind, mime: info.mime };
  }
  if (f.magic !== kind) return mismatch(MAGIC_LABELS[f.magic]);
  return { ok: true, kind, mime: info.mime };
}

/** A file name safe to store and show: no directories, no control characters, at most 120 characters. */
export function safeFileName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (base.length <= 120) return base || '未命名文件';
  const ext = extensionOf(base);
  return `${base.slice(0, 120 - ext.length - 1)}.${ext}`;
}
