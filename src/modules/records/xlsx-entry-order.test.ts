import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xlsxOf, zipOf } from './fixtures.test-support.ts';
import { checkWorkbookZip, readXlsx } from './read-xlsx.ts';
import { centralDirectoryOffset, sheetsLast } from './xlsx-entry-order.ts';

const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const PARTS = {
  '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
  '_rels/.rels': `${XML}<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  'xl/sharedStrings.xml': `${XML}<sst xmlns="${MAIN}" count="2" uniqueCount="2"><si><t>名称</t></si><si><t>甲</t></si></sst>`,
  'xl/worksheets/sheet1.xml': `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>7</v></c></row></sheetData></worksheet>`,
  'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>`,
};

async function rows(bytes: Buffer) {
  const out: unknown[][] = [];
  for await (const s of readXlsx(bytes, 'x.xlsx', { worker: 'never' })) for await (const r of s.rows) out.push(r.cells);
  return out;
}

describe('workbook entries rearranged for the streaming reader', () => {
  it('reads a workbook that stores the sheet before xl/workbook.xml, which exceljs alone cannot', async () => {
    // Relations and shared strings first, then the sheet, the workbook last: the order in which
    // exceljs's own race (issue #3064) fails, made deterministic.
    const bytes = zipOf(PARTS);
    const bare = async () => {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {});
      for await (const ws of reader) for await (const _ of ws);
    };
    await expect(bare()).rejects.toThrow(/sheets/);
    expect(await rows(bytes)).toEqual([['名称'], ['甲', 7]]);
  });

  it('puts workbook, relations, styles and shared strings before the sheets of an exceljs file', async () => {
    const bytes = await xlsxOf([['名称'], ['甲']], { more: [{ name: '二', rows: [['乙']] }] });
    const at = (b: Buffer, name: string) => b.indexOf(Buffer.from(name));
    // exceljs writes the sheets before the shared strings and the workbook last.
    expect(at(bytes, 'xl/worksheets/sheet1.xml')).toBeLessThan(at(bytes, 'xl/workbook.xml'));
    const ordered = sheetsLast(bytes, await checkWorkbookZip(bytes, 'x.xlsx'));
    expect(ordered.length).toBe(bytes.length);
    const firstSheet = at(ordered, 'xl/worksheets/sheet');
    for (const part of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'])
      expect(at(ordered, part), part).toBeLessThan(firstSheet);
    expect(await rows(bytes)).toEqual([['名称'], ['甲'], ['乙']]);
  });

  it('gives a workbook of inline strings an empty shared-string table before its sheets', async () => {
    const { 'xl/sharedStrings.xml': _strings, 'xl/workbook.xml': workbook, ...rest } = PARTS;
    const inline = zipOf({
      'xl/workbook.xml': workbook,
      ...rest,
      'xl/worksheets/sheet1.xml': `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c><c r="B1"><v>3</v></c></row></sheetData></worksheet>`,
    });
    const ordered = sheetsLast(inline, await checkWorkbookZip(inline, 'x.xlsx'));
    const at = (name: string) => ordered.indexOf(Buffer.from(name));
    expect(at('xl/sharedStrings.xml')).toBeGreaterThan(-1);
    expect(at('xl/sharedStrings.xml')).toBeLessThan(at('xl/worksheets/sheet1.xml'));
    expect(await rows(inline)).toEqual([['名称', 3]]);
  });

  it('leaves a workbook already in order, or of any unusual layout, as it is', async () => {
    const { 'xl/workbook.xml': workbook, ...rest } = PARTS;
    const inOrder = zipOf({ 'xl/workbook.xml': workbook, ...rest });
    expect(sheetsLast(inOrder, await checkWorkbookZip(inOrder, 'x.xlsx'))).toBe(inOrder);
    const bytes = zipOf(PARTS);
    const entries = await checkWorkbookZip(bytes, 'x.xlsx');
    // An entry list that does not start at 0, or points at no local header, or a missing directory.
    expect(sheetsLast(bytes, entries.slice(1))).toBe(bytes);
    expect(
      sheetsLast(
        bytes,
        entries.map((e, i) => (i === 1 ? { ...e, offset: e.offset + 1 } : e)),
      ),
    ).toBe(bytes);
    const noDirectory = bytes.subarray(0, bytes.length - 22);
    expect(centralDirectoryOffset(noDirectory)).toBeNull();
    expect(sheetsLast(noDirectory, entries)).toBe(noDirectory);
  });
});
