import { describe, expect, it } from 'vitest';
import { effectiveLinks, overridesFor } from './target-links.ts';

const targets = [
  { id: 1, taskId: null }, // 主要目标: 食品安全抽检合格率
  { id: 2, taskId: 5 },
  { id: 3, taskId: 5 },
  { id: 4, taskId: 6 },
];

describe('task–target links', () => {
  it('links each task to the targets found in its text by default', () => {
    const links = effectiveLinks(targets, []);
    expect([...(links.get(5) ?? [])]).toEqual([
      [2, 'default'],
      [3, 'default'],
    ]);
    expect(links.get(1)).toBeUndefined();
  });

  it('applies added and removed links', () => {
    const overrides = overridesFor(5, [2, 3], [1, 2]);
    expect(overrides).toEqual([
      { taskId: 5, targetId: 3, linked: false },
      { taskId: 5, targetId: 1, linked: true },
    ]);
    const links = effectiveLinks(targets, overrides);
    expect([...(links.get(5) ?? [])]).toEqual([
      [2, 'default'],
      [1, 'manual'],
    ]);
    expect([...(links.get(6) ?? [])]).toEqual([[4, 'default']]);
  });

  it('stores nothing when the wanted links are the defaults', () => {
    expect(overridesFor(5, [2, 3], [3, 2])).toEqual([]);
  });
});
