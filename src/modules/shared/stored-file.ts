// A stored evidence file as the repositories give it, and back to its columns: one mapping for
// every table that lists uploaded files (src/db/schema-files.ts).
import type { StoredFileColumns } from '../../db/schema-files.ts';

export interface StoredFile {
  fileName: string;
  kind: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: string;
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
