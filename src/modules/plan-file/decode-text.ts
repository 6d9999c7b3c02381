// Decodes a plain-text plan. Chinese government documents saved as .txt are UTF-8 or, from
// older Windows tools, GBK/GB18030; UTF-8 is tried strictly first because GB18030 accepts
// most byte sequences and would turn UTF-8 into plausible-looking nonsense.

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes the bytes, or returns null when no supported encoding reads them cleanly. */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = tryDecode(bytes, 'utf-16le');
    return text === null ? null : { text, encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = tryDecode(bytes, 'utf-16be');
    return text === null ? null : { text, encoding: 'utf-16be' };
  }
  // TextDecoder drops a UTF-8 BOM itself (ignoreBOM: false).
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null) return { text: gb, encoding: 'gb18030' };
  return null;
}

/**
 * Share of characters that no document contains: control characters other than tab and line
 * breaks, and U+FFFD. A decoded binary file is full of them.
 */
export function garbageRatio(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c < 0xa0)) {
      bad++;
    }
  }
  return bad / text.length;
}
