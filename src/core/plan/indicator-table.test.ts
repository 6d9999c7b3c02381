import { describe, expect, it } from 'vitest';
import { findIndicatorTables } from './indicator-table.ts';

const rows = (text: string) =>
  findIndicatorTables(text).flatMap((t) => t.targets.map((r) => [r.indicator, r.comparator, r.value, r.unit, r.year]));

describe('findIndicatorTables', () => {
  it('reads a three-column table', () => {
    const text = [
      '专栏1 主要指标',
      '序号',
      '指标名称',
      '目标值',
      '1',
      '食品安全抽检合格率',
      '≥97%',
      '2',
      '农产品质量安全监测合格率',
      '98%以上',
      '3',
      '万元GDP能耗',
      '下降3%',
      '下一段正文。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['食品安全抽检合格率', '>=', 97, '%', null],
      ['农产品质量安全监测合格率', '>=', 98, '%', null],
      ['万元GDP能耗', 'decrease', 3, '%', null],
    ]);
    const [table] = findIndicatorTables(text);
    expect(text.slice(table?.start, table?.end)).toMatch(/^专栏1 主要指标[\s\S]*下降3%$/);
  });

  it('reads a five-column table with unit and attribute columns', () => {
    const text = [
      '序号',
      '指标',
      '单位',
      '目标值',
      '属性',
      '1',
      '制造业产品质量合格率',
      '%',
      '≥94',
      '预期性',
      '2',
      '质量事故发生率',
      '%',
      '≤0.5',
      '约束性',
      '3',
      '新增高标准农田',
      '万亩',
      '32',
      '约束性',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['制造业产品质量合格率', '>=', 94, '%', null],
      ['质量事故发生率', '<=', 0.5, '%', null],
      ['新增高标准农田', '>=', 32, '万亩', null],
    ]);
  });

  it('takes the target year column over the base year column', () => {
    const text = ['序号', '指标名称(%)', '2022年', '2025年', '1', '服务业顾客满意度(%)', '78', '82'].join('\n');
    expect(rows(text)).toEqual([['服务业顾客满意度', '>=', 82, '%', 2025]]);
  });

  it('reads a four-column table without serial numbers', () => {
    const text = ['指标名称', '单位', '目标值', '属性', '抽检合格率', '%', '95以上', '约束性'].join('\n');
    expect(rows(text)).toEqual([['抽检合格率', '>=', 95, '%', null]]);
  });

  it('stops at the first row that breaks the pattern', () => {
    const text = ['序号', '指标名称', '目标值', '1', '合格率', '95%', '3', '其他', '90%'].join('\n');
    expect(rows(text)).toEqual([['合格率', '>=', 95, '%', null]]);
  });

  it('finds nothing in prose', () => {
    expect(findIndicatorTables('一、总体要求\n(一)指导思想\n以质量为先,目标值达到95%。')).toEqual([]);
  });
});
