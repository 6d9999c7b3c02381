// Checks an evidence upload by its content before anything is stored: the bytes must be what the
// extension claims (core/progress/evidence-types), and an Office file must be a sound zip with
// the part its type requires (checked without unpacking it in full: zip bombs are refused).
import { AppError } from '../../core/errors/app-error.ts';
import { judgeEvidence, sniffMagic } from '../../core/progress/evidence-types.ts';
import { DOCX_ZIP_LIMITS, inspectZip } from '../plan-file/inspect-zip.ts';

export interface EvidenceUpload {
  fileName: string;
  bytes: Buffer;
}

export async function checkEvidence(file: EvidenceUpload, maxBytes: number): Promise<{ kind: string; mime: string }> {
  const magic = sniffMagic(file.bytes);
  let zipParts: string[] | null = null;
  if (magic === 'zip' && file.bytes.length <= maxBytes) {
    const verdict = await inspectZip(file.bytes, DOCX_ZIP_LIMITS);
    if (!verdict.ok && verdict.reason === 'bomb') {
      const message = `「${file.fileName}」解压后体积异常(可能是压缩炸弹),已拒绝`;
      throw new AppError('FILE_ZIP_BOMB', message, [{ file: file.fileName, message }]);
    }
    zipParts = verdict.ok ? verdict.entries : null;
  }
  const v = judgeEvidence({ fileName: file.fileName, size: file.bytes.length, maxBytes, magic, zipParts });
  if (!v.ok) throw new AppError(v.code, v.message, [{ file: file.fileName, message: v.message }]);
  return { kind: v.kind, mime: v.mime };
}
