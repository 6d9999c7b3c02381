import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_MODEL } from './default-risk-model.ts';
import { classOfScore, parseRiskModel } from './risk-model.ts';

const clone = () => structuredClone(DEFAULT_RISK_MODEL);

describe('risk model validation', () => {
  it('accepts the default model', () => {
    expect(parseRiskModel(DEFAULT_RISK_MODEL).ok).toBe(true);
  });

  it('requires dimension weights to add up to 1', () => {
    const m = clone();
    (m.dimensions[0] as { weight: number }).weight = 0.5;
    const r = parseRiskModel(m);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual({ path: 'dimensions', message: '各维度权重之和须为 1,当前为 1.1' });
  });

  it('requires indicator weights within a dimension to add up to 1', () => {
    const m = clone();
    const ind = m.dimensions[1]?.indicators[0] as { weight: number };
    ind.weight = 0.3;
    const r = parseRiskModel(m);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ path: 'dimensions.1.indicators' });
  });

  it('rejects an unknown indicator, naming where it is', () => {
    const m = clone();
    (m.dimensions[0]?.indicators[0] as { indicator: string }).indicator = 'tax_arrears';
    const r = parseRiskModel(m);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]?.path).toBe('dimensions.0.indicators.0.indicator');
      expect(r.problems[0]?.message).toContain('未知指标「tax_arrears」');
    }
  });

  it('rejects thresholds out of order, descending steps and duplicate ids', () => {
    const m = clone();
    m.thresholds = { B: 40, C: 30, D: 50 };
    const first = m.dimensions[0]?.indicators[0];
    if (first?.scoring.type === 'steps')
      first.scoring.steps = [
        { min: 2, points: 50 },
        { min: 1, points: 80 },
      ];
    (m.dimensions[1]?.indicators[0] as { id: string }).id = 'fail_batches';
    const r = parseRiskModel(m);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const paths = r.problems.map((p) => p.path);
      expect(paths).toContain('thresholds');
      expect(paths).toContain('dimensions.0.indicators.0.scoring.steps');
      expect(paths).toContain('dimensions.1.indicators.0.id');
    }
  });

  it('cuts scores into classes at the thresholds', () => {
    const t = DEFAULT_RISK_MODEL.thresholds;
    expect([0, 14.99, 15, 29.99, 30, 50, 100].map((s) => classOfScore(s, t))).toEqual([
      'A',
      'A',
      'B',
      'B',
      'C',
      'D',
      'D',
    ]);
  });
});
