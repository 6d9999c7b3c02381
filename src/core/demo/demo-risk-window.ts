// The demo's records are of its plan year (2023 for the bundled plan), but risk classes are scored
// as of today with the model's look-back window (36 months by default). Loaded years later, the
// demo would show almost every enterprise in class A, and the loop it is there to show — a failed
// sample, its disposal, the class it earns, the next draw — would not show. So the demo stores a
// model version whose window reaches back to January of its year, named as a demo model, and its
// removal puts the previous model back.
import type { RiskModel } from '../enterprises/risk-model.ts';

/** The model's schema allows at most ten years. */
const MAX_LOOKBACK = 120;

/** Months of look-back from `today` (YYYY-MM-DD) that reach 1 January of `year`. */
export function monthsToStartOf(year: number, today: string): number {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // Back to the same day of the month (the window's first day counts); from any later day of the
  // month, one month more.
  return (y - year) * 12 + (m - 1) + (d > 1 ? 1 : 0);
}

/** The model the demo needs, or null when the current one already covers the demo year. */
export function demoRiskModel(current: RiskModel, year: number, today: string): RiskModel | null {
  const needed = Math.min(MAX_LOOKBACK, monthsToStartOf(year, today));
  if (needed <= current.lookbackMonths) return null;
  return {
    ...current,
    name: `${current.name}[演示:回溯期延至 ${year} 年 1 月]`,
    lookbackMonths: needed,
  };
}
