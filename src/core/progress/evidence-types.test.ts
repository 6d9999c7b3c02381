import { describe, expect, it } from 'vitest';
import { type EvidenceFacts, judgeEvidence, sniffMagic } from './evidence-types.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const PDF = Buffer.from('%PDF-1.7\n');
const JPEG = Buffer.from('ffd8ffe000104a464946', 'hex');
const ZIP = Buffer.from('504b0304140000000800', 'hex');

function facts(fileName: string, bytes: Buffer, zipParts: string[] | null = null): EvidenceFacts {
  return { fileName, size: bytes.length, maxBytes: 1024, magic: sniffMagic(bytes), zipParts };
}

describe('judgeEvidence', () => {
  it('accepts files whose content is what the extension says', () => {
    expect(judgeEvidence(facts('现场照片.PNG', PNG))).toMatchObject({ ok: true, kind: 'png', mime: 'image/png' });
    expect(judgeEvidence(facts('a.jpg', JPEG))).toMatchObject({ ok: true, kind: 'jpeg' });
    expect(judgeEvidence(facts('a.jpeg', JPEG))).toMatchObject({ ok: true, kind: 'jpeg' });
    expect(judgeEvidence(facts('a.pdf', PDF))).toMatchObject({ ok: true, kind: 'pdf' });
    expect(judgeEvidence(facts('a.docx', ZIP, ['[Content_Types].xml', 'word/document.xml']))).toMatchObject({
      ok: true,
      kind: 'docx',
    });
    expect(judgeEvidence(facts('a.xlsx', ZIP, ['xl/workbook.xml']))).toMatchObject({ ok: true, kind: 'xlsx' });
  });

  it.each([
    ['a PNG renamed .pdf', facts('报告.pdf', PNG), /PNG 图片.*\.pdf/],
    ['a text file named .docx', facts('总结.docx', Buffer.from('hello')), /纯文本.*\.docx/],
    ['an xlsx named .docx', facts('x.docx', ZIP, ['xl/workbook.xml']), /Excel 表格.*\.docx/],
    ['a plain zip named .xlsx', facts('x.xlsx', ZIP, ['a.txt']), /普通压缩包/],
    ['a broken zip named .docx', facts('x.docx', ZIP, null), /已损坏/],
    ['a PDF named .jpg', facts('x.jpg', PDF), /PDF 文件/],
  ])('refuses %s', (_label, f, message) => {
    const v = judgeEvidence(f);
    expect(v).toMatchObject({ ok: false, code: 'EVIDENCE_TYPE_MISMATCH' });
    if (!v.ok) expect(v.message).toMatch(message);
  });

  it('refuses other extensions, empty files and files over the limit', () => {
    expect(judgeEvidence(facts('a.exe', PNG))).toMatchObject({ ok: false, code: 'FILE_TYPE_UNSUPPORTED' });
    expect(judgeEvidence(facts('noext', PNG))).toMatchObject({ ok: false, code: 'FILE_TYPE_UNSUPPORTED' });
    expect(judgeEvidence(facts('a.png', Buffer.alloc(0)))).toMatchObject({ ok: false, code: 'FILE_EMPTY' });
    const big = judgeEvidence({ ...facts('a.png', PNG), size: 2048 });
    expect(big).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE' });
    if (!big.ok) expect(big.message).toContain('1 KB');
  });
});
