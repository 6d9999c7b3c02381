import { describe, expect, it } from 'vitest';
import { findHeadings } from './plan-headings.ts';
import type { PlanWarning } from './types.ts';

function headings(text: string) {
  const warnings: PlanWarning[] = [];
  const found = findHeadings(text, warnings);
  return { numbers: found.map((h) => h.number), warnings };
}

describe('findHeadings', () => {
  it('finds inline headings of all four levels by their sequence', () => {
    const text =
      '一、总体要求(一)指导思想以质量为先。(二)目标明确。二、任务1.提升质量。(1)加强抽检。(2)加强监管。2.提升服务。';
    expect(headings(text).numbers).toEqual(['一', '(一)', '(二)', '二', '1.', '(1)', '(2)', '2.']);
  });

  it('accepts 1．and 1、 as level 3', () => {
    expect(headings('(一)任务\n1、加强领导。\n2.完善制度。').numbers).toEqual(['(一)', '1.', '2.']);
  });

  it('ignores markers inside sentences and out of sequence', () => {
    const text = '一、总体要求。统一、规范地推进,分为(一)类和(二)类,达到1.5倍。二、重点任务';
    expect(headings(text).numbers).toEqual(['一', '二']);
  });

  it('renumbers a repeated marker when the sequence resumes after it', () => {
    const { numbers, warnings } = headings('一、任务(一)甲。(一)丙。(三)丁。');
    expect(numbers).toEqual(['一', '(一)', '(二)', '(三)']);
    expect(warnings.map((w) => w.code)).toEqual(['HEADING_RENUMBERED']);
  });

  it('renumbers a repeated last marker', () => {
    const { numbers } = headings('一、任务(一)甲。(二)乙。(二)丙。二、保障');
    expect(numbers).toEqual(['一', '(一)', '(二)', '(三)', '二']);
  });

  it('accepts a gap only when the sequence goes on from it', () => {
    const { numbers, warnings } = headings('一、任务(一)甲。(三)丙。(四)丁。');
    expect(numbers).toEqual(['一', '(一)', '(三)', '(四)']);
    expect(warnings.map((w) => w.code)).toEqual(['HEADING_GAP']);
  });

  it('restarts numbering under each parent', () => {
    expect(headings('一、甲\n(一)子\n(二)子\n二、乙\n(一)子\n').numbers).toEqual(['一', '(一)', '(二)', '二', '(一)']);
  });
});
