import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_MODEL } from './default-risk-model.ts';
import { applyScoring, type EnterpriseFacts, monthsBefore, scoreEnterprise } from './score-enterprise.ts';

const AS_OF = '2026-11-28';
const clean: EnterpriseFacts = { samples: [], events: [] };

function sum(xs: number[]) {
  return Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;
}

describe('scoring an enterprise', () => {
  it('scores a clean enterprise without certificates 10 (A), every point explained', () => {
    const a = scoreEnterprise(DEFAULT_RISK_MODEL, clean, AS_OF);
    expect(a.score).toBe(10);
    expect(a.riskClass).toBe('A');
    expect(sum(a.items.map((i) => i.contribution))).toBe(a.score);
    const cert = a.items.find((i) => i.indicator === 'certification_count');
    expect(cert).toMatchObject({ value: 0, points: 100, weight: 0.05, contribution: 5 });
    expect(cert?.rule).toContain('线性');
  });

  it('moves to a higher class when a failed batch is added, naming the record', () => {
    const facts: EnterpriseFacts = {
      samples: [
        { table: 'product_checks', id: 7, date: '2026-05-01', outcome: 'fail', label: '产品质量监督抽查 不合格' },
      ],
      events: [],
    };
    const a = scoreEnterprise(DEFAULT_RISK_MODEL, facts, AS_OF);
    expect(a.score).toBe(32);
    expect(a.riskClass).toBe('C');
    const fails = a.items.find((i) => i.indicator === 'sampling_fail_count');
    expect(fails).toMatchObject({ value: 1, points: 50, contribution: 10 });
    expect(fails?.sources).toEqual([
      { table: 'product_checks', id: 7, date: '2026-05-01', label: '产品质量监督抽查 不合格' },
    ]);
    expect(fails?.rule).toContain('≥1批');
  });

  it('lowers the risk for certificates and counts penalties with their points', () => {
    const facts: EnterpriseFacts = {
      samples: [],
      events: [
        { id: 1, kind: 'certification', date: '2025-01-01', points: null, label: 'ISO 9001' },
        { id: 2, kind: 'certification', date: '2025-02-01', points: null, label: '绿色食品' },
        { id: 3, kind: 'penalty', date: '2026-03-01', points: 15, label: '行政处罚' },
      ],
    };
    const a = scoreEnterprise(DEFAULT_RISK_MODEL, facts, AS_OF);
    const byId = Object.fromEntries(a.items.map((i) => [i.indicatorId, i]));
    expect(byId.certifications?.points).toBe(0);
    expect(byId.penalties?.points).toBe(60);
    expect(byId.penalty_points?.points).toBe(50);
    expect(sum(a.items.map((i) => i.contribution))).toBe(a.score);
  });

  it('ignores records older than the look-back window', () => {
    expect(monthsBefore(AS_OF, 36)).toBe('2023-11-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    const facts: EnterpriseFacts = {
      samples: [{ table: 'food_samples', id: 1, date: '2022-01-01', outcome: 'fail', label: 'old' }],
      events: [],
    };
    expect(scoreEnterprise(DEFAULT_RISK_MODEL, facts, AS_OF).score).toBe(10);
  });

  it('applies step and linear rules', () => {
    expect(
      applyScoring(
        {
          type: 'steps',
          steps: [
            { min: 1, points: 40 },
            { min: 3, points: 90 },
          ],
        },
        2,
        '次',
      ).points,
    ).toBe(40);
    expect(applyScoring({ type: 'steps', steps: [{ min: 1, points: 40 }] }, 0, '次').points).toBe(0);
    expect(applyScoring({ type: 'linear', zeroAt: 0, fullAt: 0.3 }, 0.15, '').points).toBe(50);
    expect(applyScoring({ type: 'linear', zeroAt: 2, fullAt: 0 }, 1, '项').points).toBe(50);
  });
});
