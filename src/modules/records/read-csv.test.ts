import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';
import { gb18030 } from './fixtures.test-support.ts';
import { parseCsv, readCsv } from './read-csv.ts';

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, GB18030 and UTF-16', () => {
    expect(decodeText(Buffer.from('中文合格'), 'a.csv')).toBe('中文合格');
    expect(decodeText(Buffer.from('\uFEFF中文', 'utf8'), 'a.csv').replace(/^\uFEFF/, '')).toBe('中文');
    expect(decodeText(Buffer.from('d6d0cec4bacfb8f1', 'hex'), 'a.csv')).toBe('中文合格');
    expect(decodeText(gb18030('被抽样单位名称,食品名称'), 'a.csv')).toBe('被抽样单位名称,食品名称');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('中文', 'utf16le')]), 'a.csv')).toBe(
      '中文',
    );
  });

  it('refuses bytes that are neither', () => {
    expect(() => decodeText(Buffer.from([0x81, 0x20, 0xff, 0xff, 0x30]), 'bad.csv')).toThrow(/bad\.csv/);
  });
});

describe('parseCsv', () => {
  it('sniffs commas, tabs and semicolons and keeps quoted line breaks in one row', () => {
    expect(parseCsv(Buffer.from('a,b\n1,"x\ny"\n'), 'a.csv')).toEqual([
      ['a', 'b'],
      ['1', 'x\ny'],
    ]);
    expect(parseCsv(Buffer.from('a\tb\n1\t2'), 'a.tsv.txt')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv(Buffer.from('a;b\n1;2'), 'a.csv')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('numbers rows as Excel shows them, blank lines included', async () => {
    const rows = [];
    for await (const s of readCsv(Buffer.from('\uFEFF标题\n\n县城,月份\n"康乐县",2023-05\n'), 'a.csv')) {
      for await (const r of s.rows) rows.push(r);
    }
    expect(rows.slice(0, 4)).toEqual([
      { number: 1, cells: ['标题'] },
      { number: 2, cells: [null] },
      { number: 3, cells: ['县城', '月份'] },
      { number: 4, cells: ['康乐县', '2023-05'] },
    ]);
  });
});
