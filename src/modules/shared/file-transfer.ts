// Evidence uploads and downloads over HTTP, one way for every module: a single multipart field
// `file` read under a size limit (an oversized file is FILE_TOO_LARGE with its name, not a
// truncated upload), and a download that is always an attachment, never rendered in our origin.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors/app-error.ts';
import { formatBytes, safeFileName } from '../../core/progress/evidence-types.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Content-Disposition for every download: always an attachment, the name in UTF-8 (RFC 6266)
 * and an ASCII fallback for old clients, given or made by replacing what is not ASCII.
 */
export function attachmentDisposition(fileName: string, asciiFallback?: string): string {
  const ascii = (asciiFallback ?? fileName).replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const utf8 = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

export async function readUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ fileName: string; bytes: Buffer }> {
  const file = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!file) throw new AppError('FILE_EMPTY', '未收到上传的文件');
  const fileName = safeFileName(file.filename);
  try {
    return { fileName, bytes: await file.toBuffer() };
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('FILE_TOO_LARGE', `「${fileName}」超过 ${formatBytes(maxBytes)},请压缩后再上传`);
    }
    throw e;
  }
}

export interface Download {
  fileName: string;
  mime: string;
  size: number;
  stream: NodeJS.ReadableStream;
}

export function sendAttachment(reply: FastifyReply, d: Download) {
  // A PDF or image from a unit must not run in our origin: attachment, no sniffing, sandboxed.
  return reply
    .header('content-type', d.mime)
    .header('content-disposition', attachmentDisposition(d.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .header('content-length', d.size)
    .send(d.stream);
}
