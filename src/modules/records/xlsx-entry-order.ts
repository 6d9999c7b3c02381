// exceljs's streaming reader takes a workbook's zip entries in the order they are stored, and it
// needs the workbook, its relations and the shared strings before any sheet. Files written by
// exceljs itself (our templates and exports, and many generated files) store xl/workbook.xml last
// and the shared strings after the sheets: the reader then spools each sheet to a temporary file
// and, under load, can reach a sheet before the workbook (exceljs issue #3064, "Cannot read
// properties of undefined (reading 'sheets')"), failing a good file now and then. Rearranging the
// stored entries — raw bytes copied, nothing inflated or recompressed — lets every workbook stream
// in one pass. The central directory is appended unchanged: a streaming reader reads it only to
// find the end. A workbook without shared strings (inline strings only) gets an empty table, or
// the reader would spool its sheets to temporary files all the same.
import { crc32 } from 'node:zlib';

export interface StoredEntry {
  fileName: string;
  /** Offset of the entry's local header in the file. */
  offset: number;
}

const SHARED_STRINGS = 'xl/sharedStrings.xml';
const SHEET = /^xl\/worksheets\/(?:_rels\/)?sheet\d+\.xml(?:\.rels)?$/;

/** Sheets last; everything else (workbook, relations, styles, shared strings) first, in stored order. */
function isSheet(name: string): boolean {
  return SHEET.test(name);
}

/** Offset of the central directory from the end-of-central-directory record; null if not found. */
export function centralDirectoryOffset(bytes: Buffer): number | null {
  // The record is 22 bytes plus a comment of at most 65,535.
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      const offset = bytes.readUInt32LE(i + 16);
      // 0xffffffff: a zip64 file (over 4 GB), which never reaches an importer.
      return offset === 0xffffffff || offset > i ? null : offset;
    }
  }
  return null;
}

/**
 * The workbook's bytes with the sheets stored after everything else; the input itself when it is
 * already in that order or its layout is anything but plain (gaps, overlaps, zip64).
 */
export function sheetsLast(bytes: Buffer, entries: readonly StoredEntry[]): Buffer {
  const cd = centralDirectoryOffset(bytes);
  if (cd === null || entries.length === 0) return bytes;
  const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
  if (byOffset[0]?.offset !== 0) return bytes;
  const segments = byOffset.map((e, i) => ({
    sheet: isSheet(e.fileName),
    start: e.offset,
    end: byOffset[i + 1]?.offset ?? cd,
  }));
  if (segments.some((s) => s.end <= s.start || bytes.readUInt32LE(s.start) !== 0x04034b50)) return bytes;
  const firstSheet = segments.findIndex((s) => s.sheet);
  const hasStrings = entries.some((e) => e.fileName === SHARED_STRINGS);
  if (firstSheet === -1 || (hasStrings && segments.slice(firstSheet).every((s) => s.sheet))) return bytes;
  const ordered = [...segments.filter((s) => !s.sheet), ...segments.filter((s) => s.sheet)];
  const parts = ordered.map((s) => bytes.subarray(s.start, s.end));
  if (!hasStrings) parts.splice(parts.length - segments.filter((s) => s.sheet).length, 0, emptySharedStrings());
  return Buffer.concat([...parts, bytes.subarray(cd)]);
}

/** A stored (uncompressed) zip entry holding an empty shared-string table. */
function emptySharedStrings(): Buffer {
  const name = Buffer.from(SHARED_STRINGS);
  const data = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
  );
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4); // version needed: 2.0
  header.writeUInt32LE(crc32(data), 14);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, data]);
}
