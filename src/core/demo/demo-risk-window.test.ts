import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_MODEL } from '../enterprises/default-risk-model.ts';
import { monthsBefore } from '../enterprises/score-enterprise.ts';
import { demoRiskModel, monthsToStartOf } from './demo-risk-window.ts';

describe('the demo model’s look-back window', () => {
  it.each([
    ['2026-11-28', 2023],
    ['2024-01-01', 2023],
    ['2026-03-31', 2023],
    ['2023-12-31', 2023],
    ['2027-02-28', 2023],
    ['2030-06-15', 2025],
  ])('from %s reaches 1 January %i', (today, year) => {
    const months = monthsToStartOf(year, today);
    expect(monthsBefore(today, months) <= `${year}-01-01`).toBe(true);
    // One month less would not: the window is no longer than it must be.
    expect(monthsBefore(today, months - 1) > `${year}-01-01`).toBe(true);
    expect(months).toBeGreaterThan(0);
  });

  it('is stored only when the current window falls short, and says it is the demo’s', () => {
    expect(demoRiskModel(DEFAULT_RISK_MODEL, 2023, '2025-06-01')).toBeNull();
    const m = demoRiskModel(DEFAULT_RISK_MODEL, 2023, '2026-11-28');
    expect(m).toMatchObject({ lookbackMonths: 47, thresholds: DEFAULT_RISK_MODEL.thresholds });
    expect(m?.name).toContain('演示');
    expect(demoRiskModel(DEFAULT_RISK_MODEL, 2010, '2026-11-28')?.lookbackMonths).toBe(120);
  });
});
