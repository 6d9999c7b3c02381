import { describe, expect, it } from 'vitest';
import { parseFailedItems } from './failed-items.ts';

describe('parseFailedItems', () => {
  it('reads one item per line, each item║result║limit, keeping results as text', () => {
    expect(parseFailedItems('菌落总数║2.1×10⁵CFU/g║≤1.0×10⁴CFU/g\n大肠菌群║<10CFU/g║≤10CFU/g')).toEqual([
      { item: '菌落总数', result: '2.1×10⁵CFU/g', limit: '≤1.0×10⁴CFU/g' },
      { item: '大肠菌群', result: '<10CFU/g', limit: '≤10CFU/g' },
    ]);
  });

  it('accepts || and | separators, flattened ; lists and bare item names', () => {
    expect(parseFailedItems('苯甲酸||0.5g/kg||不得使用;山梨酸|1.2g/kg|≤0.5g/kg')).toEqual([
      { item: '苯甲酸', result: '0.5g/kg', limit: '不得使用' },
      { item: '山梨酸', result: '1.2g/kg', limit: '≤0.5g/kg' },
    ]);
    expect(parseFailedItems('抗压强度')).toEqual([{ item: '抗压强度', result: null, limit: null }]);
    expect(parseFailedItems('\r\n')).toEqual([]);
  });
});
