import { describe, expect, it } from 'vitest';
import { isMissingValue, parseMeasureCell, parseNumberCell } from './parse-number.ts';

describe('parseNumberCell', () => {
  it('reads numbers written in many ways', () => {
    expect(parseNumberCell(12.5)).toEqual({ ok: true, value: 12.5 });
    expect(parseNumberCell(' 1,234.5 ')).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumberCell('１２')).toEqual({ ok: true, value: 12 });
    expect(parseNumberCell('-3')).toEqual({ ok: true, value: -3 });
    expect(parseNumberCell('1e3')).toEqual({ ok: true, value: 1000 });
    expect(parseNumberCell('')).toBeNull();
  });

  it('rejects text with a message naming it', () => {
    expect(parseNumberCell('十二')).toEqual({ ok: false, message: '「十二」不是数字' });
    expect(parseNumberCell('12mg/L')).toMatchObject({ ok: false });
  });
});

describe('isMissingValue', () => {
  it.each([null, '', '—', '——', '-', 'NA', 'n/a', -99, '-99', '-999', '/'])('%s is missing', (v) => {
    expect(isMissingValue(v)).toBe(true);
  });
  it.each([0, '0', 12, '-5', '<0.01'])('%s is a value', (v) => {
    expect(isMissingValue(v)).toBe(false);
  });
});

describe('parseMeasureCell', () => {
  it('keeps values below the detection limit as strings, never 0', () => {
    expect(parseMeasureCell('<0.01')).toEqual({ ok: true, value: '<0.01' });
    expect(parseMeasureCell('＜0.010')).toEqual({ ok: true, value: '<0.01' });
    expect(parseMeasureCell('0.025L')).toEqual({ ok: true, value: '<0.025' });
    expect(parseMeasureCell('ND')).toEqual({ ok: true, value: 'ND' });
    expect(parseMeasureCell('nd')).toEqual({ ok: true, value: 'ND' });
    expect(parseMeasureCell('未检出')).toEqual({ ok: true, value: '未检出' });
    expect(parseMeasureCell('未检出(<0.01)')).toEqual({ ok: true, value: '<0.01' });
  });

  it('reads numbers, skips missing markers and rejects the unreadable', () => {
    expect(parseMeasureCell(0.05)).toEqual({ ok: true, value: 0.05 });
    expect(parseMeasureCell('7.8')).toEqual({ ok: true, value: 7.8 });
    expect(parseMeasureCell('—')).toBeNull();
    expect(parseMeasureCell(null)).toBeNull();
    expect(parseMeasureCell('超标')).toMatchObject({ ok: false, message: expect.stringContaining('无法识别的测定值') });
  });
});
