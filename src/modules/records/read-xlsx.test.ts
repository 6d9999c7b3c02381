import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FORMULA_WITHOUT_RESULT } from '../../core/records/cell.ts';
import { rawRow, rawWorkbook, xlsxOf, zipOf } from './fixtures.test-support.ts';
import { readXlsx, type XlsxReadOptions } from './read-xlsx.ts';
import type { SourceRow } from './table-source.ts';

async function readAll(bytes: Buffer, opts: XlsxReadOptions = {}, limit = Number.POSITIVE_INFINITY) {
  const sheets: { name: string | null; rows: SourceRow[] }[] = [];
  for await (const s of readXlsx(bytes, 'x.xlsx', opts)) {
    const rows: SourceRow[] = [];
    for await (const r of s.rows) {
      rows.push(r);
      if (rows.length >= limit) break;
    }
    sheets.push({ name: s.name, rows });
  }
  return sheets;
}

async function failure(bytes: Buffer) {
  try {
    await readAll(bytes);
  } catch (e) {
    return e as { code: string; message: string; details: unknown[] };
  }
  throw new Error('expected a failure');
}

describe('readXlsx', () => {
  it('gives cells with their row numbers, dates as dates, formulas as their cached result', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('数据');
    ws.addRow(['名称', '日期', '数值', '公式', '无缓存公式']);
    ws.addRow(['甲', new Date(Date.UTC(2023, 4, 6)), 1.5, { formula: 'C2*2', result: 3 }, { formula: 'C2*3' }]);
    ws.getCell('A4').value = { richText: [{ text: '富' }, { text: '文本' }] };
    const sheets = await readAll(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheets).toHaveLength(1);
    expect(sheets[0]?.name).toBe('数据');
    const [h, r, rich] = sheets[0]?.rows ?? [];
    expect(h).toEqual({ number: 1, cells: ['名称', '日期', '数值', '公式', '无缓存公式'] });
    expect(r?.number).toBe(2);
    expect(r?.cells).toEqual(['甲', new Date(Date.UTC(2023, 4, 6)), 1.5, 3, { error: FORMULA_WITHOUT_RESULT }]);
    expect(rich).toEqual({ number: 4, cells: ['富文本'] });
  });

  it.each(['never', 'always'] as const)(
    'reads several sheets and lets the reader stop one early (worker: %s)',
    async (worker) => {
      const many = Array.from({ length: 3000 }, (_, i) => [i + 1, `行${i + 1}`]);
      const bytes = await xlsxOf(many, { sheet: 'A', more: [{ name: 'B', rows: [['乙', 2]] }] });
      const sheets = await readAll(bytes, { worker }, 10);
      expect(sheets.map((s) => [s.name, s.rows.length])).toEqual([
        ['A', 10],
        ['B', 1],
      ]);
      expect(sheets[1]?.rows[0]).toEqual({ number: 1, cells: ['乙', 2] });
      const whole = await readAll(bytes, { worker });
      expect(whole[0]?.rows).toHaveLength(3000);
      expect(whole[0]?.rows[2999]).toEqual({ number: 3000, cells: [3000, '行3000'] });
    },
  );

  it('gets through a sheet whose last cell is at row 1,000,000 quickly', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(['县城', '月份']);
    ws.getCell('B1000000').value = 'x';
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const t0 = Date.now();
    const sheets = await readAll(bytes);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(sheets[0]?.rows.map((r) => r.number)).toEqual([1, 1_000_000]);
  });

  it('reads hand-made workbooks with inline strings', async () => {
    const bytes = rawWorkbook(
      rawRow(1, [
        ['A1', '县城'],
        ['B1', '月份'],
      ]) +
        rawRow(3, [
          ['A3', '康乐县'],
          ['B3', 202305],
        ]),
    );
    const sheets = await readAll(bytes);
    expect(sheets[0]?.name).toBe('数据');
    expect(sheets[0]?.rows).toEqual([
      { number: 1, cells: ['县城', '月份'] },
      { number: 3, cells: ['康乐县', 202305] },
    ]);
  });

  it('refuses random bytes, encrypted workbooks and zips without a workbook, naming the file', async () => {
    const random = await failure(randomBytes(4096));
    expect(random.code).toBe('FILE_CORRUPT');
    expect(random.message).toContain('x.xlsx');
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), randomBytes(1024)]);
    const encrypted = await failure(ole);
    expect(encrypted.code).toBe('FILE_CORRUPT');
    expect(encrypted.message).toContain('加密');
    const noWorkbook = await failure(rawWorkbook(rawRow(1, [['A1', 'x']]), false));
    expect(noWorkbook.code).toBe('FILE_CORRUPT');
    expect(noWorkbook.message).toContain('workbook.xml');
    const notSheets = await failure(zipOf({ 'hello.txt': 'hi' }));
    expect(notSheets.code).toBe('FILE_CORRUPT');
    const truncated = await xlsxOf([['a', 'b']]);
    expect((await failure(truncated.subarray(0, truncated.length - 40))).code).toBe('FILE_CORRUPT');
  });

  it('reports a broken sheet inside a valid zip as FILE_CORRUPT', async () => {
    const broken = rawWorkbook('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row');
    expect((await failure(broken)).code).toBe('FILE_CORRUPT');
  });
});
