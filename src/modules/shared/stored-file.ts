// A stored evidence file as the repositories give it, and back to its columns, for every table
// that lists uploaded files (src/db/schema-files.ts); and the upload and download steps they share.
import { AppError } from '../../core/errors/app-error.ts';
import { safeFileName } from '../../core/progress/evidence-types.ts';
import type { StoredFileColumns } from '../../db/schema-files.ts';
import { checkEvidence, type EvidenceUpload } from './evidence-check.ts';
import type { EvidenceFiles } from './evidence-files.ts';
import type { Download } from './file-transfer.ts';

export interface StoredFile {
  fileName: string;
  kind: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: string;
}

/** A stored file as clients see it: without its content hash and stored type (internal). */
export type FileView<T extends StoredFile> = Omit<T, 'sha256' | 'mime'>;

export function fileView<T extends StoredFile>(f: T): FileView<T> {
  const { sha256: _s, mime: _m, ...rest } = f;
  return rest;
}

export function storedFile(r: StoredFileColumns): StoredFile {
  return {
    fileName: r.file_name,
    kind: r.kind,
    mime: r.mime,
    size: Number(r.size),
    sha256: r.sha256,
    uploadedAt: r.uploaded_at,
    uploadedBy: r.uploaded_by_name,
  };
}

export function storedFileColumns(f: StoredFile): StoredFileColumns {
  return {
    file_name: f.fileName,
    kind: f.kind,
    mime: f.mime,
    size: f.size,
    sha256: f.sha256,
    uploaded_at: f.uploadedAt,
    uploaded_by_name: f.uploadedBy,
  };
}

/**
 * Checks an upload by its content and stores its bytes (content-addressed), returning the row to
 * list it under; the blob is written first, so a row never points at a missing file (a blob left by
 * a failed transaction is harmless).
 */
export async function storeUpload(
  files: EvidenceFiles,
  file: EvidenceUpload,
  maxBytes: number,
  by: { name: string; at: Date },
): Promise<StoredFile> {
  const fileName = safeFileName(file.fileName);
  const { kind, mime } = await checkEvidence({ fileName, bytes: file.bytes }, maxBytes);
  const sha256 = await files.put(file.bytes);
  return {
    fileName,
    kind,
    mime,
    size: file.bytes.length,
    sha256,
    uploadedAt: by.at.toISOString(),
    uploadedBy: by.name,
  };
}

/** A stored file for download; EVIDENCE_NOT_FOUND when its blob is gone. */
export function openStoredFile(files: EvidenceFiles, f: StoredFile): Download {
  if (!files.exists(f.sha256)) throw new AppError('EVIDENCE_NOT_FOUND', '证据文件已丢失,请联系管理员');
  return { fileName: f.fileName, mime: f.mime, size: f.size, stream: files.open(f.sha256) };
}
