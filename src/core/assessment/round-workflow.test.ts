import { describe, expect, it } from 'vitest';
import { roundTransition } from './round-workflow.ts';

describe('assessment round workflow', () => {
  it.each([
    ['self_evaluation', 'score', 'scored'],
    ['scored', 'score', 'scored'],
    ['scored', 'review', 'reviewed'],
    ['reviewed', 'publish', 'published'],
    ['scored', 'return', 'self_evaluation'],
    ['reviewed', 'return', 'self_evaluation'],
    ['self_evaluation', 'self_evaluate', 'self_evaluation'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(roundTransition(from, action)).toEqual({ ok: true, next: to });
  });

  it.each([
    ['self_evaluation', 'publish'],
    ['scored', 'publish'],
    ['self_evaluation', 'review'],
    ['published', 'return'],
    ['published', 'score'],
    ['reviewed', 'bonus'],
    ['scored', 'self_evaluate'],
  ] as const)('refuses %s --%s with a reason', (from, action) => {
    const t = roundTransition(from, action);
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.message).toMatch(/[\u4e00-\u9fa5]/);
  });
});
