import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from './chinese-numeral.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['五十', 50],
    ['百', 100],
    ['一百二十', 120],
    ['三千五百', 3500],
    ['两万', 20_000],
    ['一万二千', 12_000],
    ['三亿', 300_000_000],
    ['零', 0],
  ])('%s = %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('rejects what is not a numeral', () => {
    expect(parseChineseNumeral('')).toBeNull();
    expect(parseChineseNumeral('十a')).toBeNull();
    expect(parseChineseNumeral('方')).toBeNull();
  });
});

describe('toChineseNumeral', () => {
  it('writes heading numbers', () => {
    expect([1, 9, 10, 11, 20, 21, 99].map(toChineseNumeral)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
    ]);
  });
});
