import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors/app-error.ts';
import { parsePlan } from '../../core/plan/parse-plan.ts';
import { readPlanText } from './read-plan-file.ts';

const SEED = readFileSync(new URL('../../../assets/seed/2023-plan.txt', import.meta.url), 'utf8');

interface ZipEntrySpec {
  name: string;
  data: Buffer;
  /** Override the uncompressed size written in the headers, to forge a lying directory. */
  declaredSize?: number;
}

// A minimal zip writer (deflate, no data descriptors) for fixtures: a zip bomb cannot be
// made with the docx package, and yazl is not installed.
function makeZip(entries: ZipEntrySpec[], compressed = new Map<Buffer, Buffer>()): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = compressed.get(entry.data) ?? deflateRawSync(entry.data);
    compressed.set(entry.data, deflated);
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, deflated);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function failure(name: string, bytes: Buffer): Promise<AppError> {
  try {
    await readPlanText({ name, bytes });
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error(`${name} was read`);
}

// GB18030 bytes for a text, built by inverting Node's decoder over the two-byte GBK range
// (iconv is not installed). Enough for the seed, whose characters are all in GBK.
function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, [number, number]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(hi, lo));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

const summary = (text: string) => parsePlan(text).tasks.map((t) => [t.section, t.title, t.lead, t.responsible]);

describe('readPlanText with .docx files', () => {
  it('reads a Word document made from the seed into the same 15 tasks', async () => {
    const paragraphs = SEED.replace(/(?=[一二三四五六七八九十]+、)|(?=\([一二三四五六七八九十+]+\))/g, '\n')
      .replace(/(人民政府\))/g, '$1\n')
      .split('\n')
      .filter((p) => p.trim());
    const doc = new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }] });
    const bytes = await Packer.toBuffer(doc);
    const text = await readPlanText({ name: '2023年方案.docx', bytes });
    expect(text).toContain('(牵头单位:州文旅局;');
    const tasks = summary(text);
    expect(tasks).toHaveLength(15);
    expect(tasks).toEqual(summary(SEED));
  });

  it('goes by content, not by name', async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph('一、总体要求'), new Paragraph('(一)指导思想')] }],
    });
    const text = await readPlanText({ name: 'plan.txt', bytes: await Packer.toBuffer(doc) });
    expect(text).toContain('一、总体要求');
  });

  it('rejects a zip bomb by compression ratio', async () => {
    const bomb = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(5 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(50_000);
    const e = await failure('炸弹.docx', bomb);
    expect(e.code).toBe('FILE_ZIP_BOMB');
    expect(e.message).toContain('「炸弹.docx」');
  });

  it('rejects a zip bomb by total size, even with modest ratios per entry', async () => {
    const chunk = Buffer.alloc(1024 * 1024);
    const entries = Array.from({ length: 60 }, (_, i) => ({ name: `word/media/f${i}.bin`, data: chunk }));
    const e = await failure(
      'many.docx',
      makeZip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }, ...entries]),
    );
    expect(e.code).toBe('FILE_ZIP_BOMB');
  });

  it('rejects a zip whose directory understates the sizes', async () => {
    const forged = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(20 * 1024 * 1024), declaredSize: 1000 }]);
    expect((await failure('forged.docx', forged)).code).toBe('FILE_ZIP_BOMB');
  });

  it('rejects a zip without word/document.xml as corrupt', async () => {
    const e = await failure('x.docx', makeZip([{ name: 'readme.txt', data: Buffer.from('hello') }]));
    expect(e.code).toBe('FILE_CORRUPT');
    expect(e.message).toContain('「x.docx」');
  });

  it('names an Excel workbook as such', async () => {
    const e = await failure('表.docx', makeZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]));
    expect(e.code).toBe('FILE_TYPE_UNSUPPORTED');
    expect(e.message).toContain('Excel');
  });

  it('rejects a broken zip as corrupt', async () => {
    const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(2000)]);
    expect((await failure('broken.docx', bytes)).code).toBe('FILE_CORRUPT');
  });
});

describe('readPlanText with other binary files', () => {
  it.each([
    ['x.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), '「x.pdf」是 PDF 文件,请上传 .docx 或 .txt 格式的方案'],
    ['scan.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), '「scan.png」是图片文件'],
    ['photo.docx', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), '「photo.docx」是图片文件'],
    ['anim.gif', Buffer.from('GIF89a\x01\x00\x01\x00'), '「anim.gif」是图片文件'],
    ['old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '「old.doc」是旧版 Word/WPS'],
    ['prog.exe', Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), '「prog.exe」不是文本或 Word 文档'],
  ])('%s', async (name, bytes, message) => {
    const e = await failure(name, bytes);
    expect(e.code).toBe('FILE_TYPE_UNSUPPORTED');
    expect(e.message).toContain(message);
    expect(e.details[0]?.file).toBe(name);
  });

  it('rejects an empty file', async () => {
    const e = await failure('空.txt', Buffer.alloc(0));
    expect(e.code).toBe('FILE_EMPTY');
    expect(e.message).toContain('「空.txt」');
  });

  it('rejects a file over 20 MB before looking inside', async () => {
    const e = await failure('big.txt', randomBytes(20 * 1024 * 1024 + 1));
    expect(e.code).toBe('FILE_TOO_LARGE');
    expect(e.message).toContain('「big.txt」');
  });
});

describe('readPlanText with text files', () => {
  it('reads UTF-8 and drops the BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED, 'utf8')]);
    const text = await readPlanText({ name: 'seed.txt', bytes });
    expect(text).toBe(SEED);
    expect(summary(text)).toHaveLength(15);
  });

  it('falls back to GB18030', async () => {
    const bytes = encodeGb18030(SEED);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const text = await readPlanText({ name: 'gbk.txt', bytes });
    expect(text).toBe(SEED);
    expect(summary(text)).toEqual(summary(SEED));
  });

  it('reads UTF-16 with a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('一、总体要求\n(一)指导思想', 'utf16le')]);
    expect(await readPlanText({ name: 'u16.txt', bytes })).toBe('一、总体要求\n(一)指导思想');
  });

  it('rejects text full of control characters', async () => {
    const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 8) : 0x41 + (i % 26))));
    const e = await failure('noise.txt', bytes);
    expect(e.code).toBe('FILE_ENCODING');
    expect(e.message).toContain('「noise.txt」');
  });

  it('rejects a file that is only whitespace', async () => {
    expect((await failure('blank.txt', Buffer.from(' \n\t\n'))).code).toBe('FILE_EMPTY');
  });
});
