// Tells what a file is from its first bytes, whatever its name says: a user's "方案.docx" may
// be a renamed PDF, and a ".txt" may be a Word document.

export type FileKind =
  | 'zip'
  | 'pdf'
  | 'image'
  | 'ole' // legacy .doc / .wps / .xls (OLE2 compound file)
  | 'rtf'
  | 'archive'
  | 'utf16'
  | 'binary'
  | 'text';

function startsWith(bytes: Buffer, signature: number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

export function sniffFileKind(bytes: Buffer): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(bytes, [0xff, 0xd8, 0xff]) || // JPEG
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) || // GIF8
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || // TIFF little-endian
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) || // TIFF big-endian
    (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) // RIFF…WEBP
  ) {
    return 'image';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf'; // {\rtf
  if (
    startsWith(bytes, [0x1f, 0x8b]) || // gzip
    startsWith(bytes, [0x52, 0x61, 0x72, 0x21]) || // Rar!
    startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) // 7z
  ) {
    return 'archive';
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'utf16';
  // Text in UTF-8 or GB18030 never contains NUL bytes; binaries almost always do early on.
  if (bytes.subarray(0, 8192).includes(0)) return 'binary';
  return 'text';
}
