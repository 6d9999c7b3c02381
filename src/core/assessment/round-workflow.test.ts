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
    if (!t.ok) {
      expect(t.refusal).toBe('state');
      expect(t.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});

describe('separation of duties: the scorer does not review', () => {
  const zhang = { id: 7, name: '张伟' };
  const li = { id: 8, name: '李娜' };

  it('refuses the review to the user who last scored, naming the scorer and what to do', () => {
    const t = roundTransition('scored', 'review', { actor: zhang, scorer: zhang });
    expect(t).toEqual({
      ok: false,
      refusal: 'same_person',
      message: '复核须由评分人以外的人员进行:本轮由 张伟 评分,请由州质量办的其他人员复核',
    });
  });

  it('lets anyone else review', () => {
    expect(roundTransition('scored', 'review', { actor: li, scorer: zhang })).toEqual({ ok: true, next: 'reviewed' });
  });

  it('decides by user id: another person with the same name may review, a renamed scorer may not', () => {
    expect(roundTransition('scored', 'review', { actor: { id: 9, name: '张伟' }, scorer: zhang }).ok).toBe(true);
    expect(roundTransition('scored', 'review', { actor: { id: 7, name: '张伟(科长)' }, scorer: zhang }).ok).toBe(false);
  });

  it('falls back to the name for a round scored before ids were recorded', () => {
    const legacy = { id: null, name: '张伟' };
    expect(roundTransition('scored', 'review', { actor: zhang, scorer: legacy })).toMatchObject({
      ok: false,
      refusal: 'same_person',
    });
    expect(roundTransition('scored', 'review', { actor: li, scorer: legacy }).ok).toBe(true);
    expect(roundTransition('scored', 'review', { actor: li, scorer: { id: null, name: null } }).ok).toBe(true);
  });

  it('reports the state first: a round not yet scored is refused for its state, whoever asks', () => {
    expect(roundTransition('self_evaluation', 'review', { actor: zhang, scorer: zhang })).toMatchObject({
      ok: false,
      refusal: 'state',
      message: '只有已评分的考核才能复核',
    });
  });

  it.each(['score', 'bonus', 'return'] as const)('does not stop the scorer from %s', (action) => {
    expect(roundTransition('scored', action, { actor: zhang, scorer: zhang }).ok).toBe(true);
  });

  it('does not stop the scorer from publishing a round someone else reviewed', () => {
    expect(roundTransition('reviewed', 'publish', { actor: zhang, scorer: zhang })).toEqual({
      ok: true,
      next: 'published',
    });
  });

  it('checks only the state when no actors are given', () => {
    expect(roundTransition('scored', 'review')).toEqual({ ok: true, next: 'reviewed' });
  });
});
