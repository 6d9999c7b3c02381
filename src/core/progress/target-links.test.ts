import { describe, expect, it } from 'vitest';
import { defaultLinks, defaultsOf, effectiveLinks, overridesFor } from './target-links.ts';

const tasks = [
  { id: 5, title: '着力提升食品药品质量水平', text: '加强食品安全抽检监测,开展药品评价性抽检。' },
  { id: 6, title: '着力提升环境质量水平', text: '空气质量优良天数比例稳步提高。' },
  { id: 7, title: '着力提升旅游产业质量水平', text: '创建5A级景区。' },
];
const targets = [
  { id: 1, taskId: null, indicator: '食品安全抽检合格率' }, // 主要目标
  { id: 2, taskId: 5, indicator: '药品评价性抽检覆盖率' },
  { id: 3, taskId: 5, indicator: '基本药物全品种抽检覆盖率' },
  { id: 4, taskId: 6, indicator: '国控断面水质优良比例' },
];

describe('task–target links', () => {
  const defaults = defaultLinks(targets, tasks);

  it('links targets written in a task to it, and a 主要目标 to the task its words point to', () => {
    const links = effectiveLinks(defaults, []);
    expect([...(links.get(5) ?? [])]).toEqual([
      [2, 'default'],
      [3, 'default'],
      [1, 'inferred'],
    ]);
    expect([...(links.get(6) ?? [])]).toEqual([[4, 'default']]);
    expect(links.get(7)).toBeUndefined();
    expect(defaultsOf(defaults, 5)).toEqual([2, 3, 1]);
  });

  it('applies added and removed links, an inferred one included', () => {
    const overrides = overridesFor(5, defaultsOf(defaults, 5), [2, 4]);
    expect(overrides).toEqual([
      { taskId: 5, targetId: 3, linked: false },
      { taskId: 5, targetId: 1, linked: false },
      { taskId: 5, targetId: 4, linked: true },
    ]);
    const links = effectiveLinks(defaults, overrides);
    expect([...(links.get(5) ?? [])]).toEqual([
      [2, 'default'],
      [4, 'manual'],
    ]);
    expect([...(links.get(6) ?? [])]).toEqual([[4, 'default']]);
  });

  it('stores nothing when the wanted links are the defaults', () => {
    expect(overridesFor(5, [2, 3, 1], [3, 1, 2])).toEqual([]);
  });
});
