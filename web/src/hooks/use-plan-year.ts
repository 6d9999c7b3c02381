// The year of the current plan: the default year of the indicator pages. The indicator API on its
// own defaults to the calendar year, which for a platform tracking the 2023 plan would open on
// an empty year. Fetched once per page load; null when no plan has a year (the API default then
// applies).
import { listPlans } from '../api/plans.ts';
import { useApi } from './use-api.ts';

let planYearPromise: Promise<number | null> | null = null;

export function loadPlanYear(): Promise<number | null> {
  if (!planYearPromise) {
    planYearPromise = listPlans().then(
      (r) => r.items.find((p) => p.current)?.year ?? r.items[0]?.year ?? null,
      () => {
        // Forget the failure so the next page retries; fall back to the API's default for now.
        planYearPromise = null;
        return null;
      },
    );
  }
  return planYearPromise;
}

/** `year` is undefined while loading; `ready` once known (null: no plan year). */
export function usePlanYear(): { year: number | null | undefined; ready: boolean } {
  const { data, loading } = useApi(() => loadPlanYear(), []);
  return { year: data, ready: !loading };
}
