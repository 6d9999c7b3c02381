// Region and period of a regional/periodic page, kept in the URL (?region=622901&period=2023-Q2)
// so a view can be shared as a link. Without a period or year in the URL the year is the current
// plan's; without a region the API takes the whole 州. Pages wait for `ready` before loading so
// they do not first fetch the API's own default year.
import { useSearchParams } from 'react-router-dom';
import { parsePeriod } from '../lib/period.ts';
import { intParam, withParams } from '../lib/search-params.ts';
import { usePlanYear } from './use-plan-year.ts';

export interface RegionPeriodParams {
  region: string | undefined;
  /** The period key from the URL; undefined means "the whole year" (the API's default). */
  period: string | undefined;
  /** The period's year, ?year=, or the plan year. */
  year: number | undefined;
  /** False until the default year is known. */
  ready: boolean;
  /** Set some query values; any change returns a paged list to its first page. */
  update: (changes: Record<string, string | number | null | undefined>) => void;
  params: URLSearchParams;
}

export function useRegionPeriod(): RegionPeriodParams {
  const [params, setParams] = useSearchParams();
  const plan = usePlanYear();
  const region = params.get('region') || undefined;
  const rawPeriod = params.get('period');
  const parsed = parsePeriod(rawPeriod);
  const period = parsed ? (rawPeriod as string) : undefined;
  const explicitYear = parsed?.year ?? intParam(params, 'year') ?? undefined;
  const year = explicitYear ?? plan.year ?? undefined;
  const update = (changes: Record<string, string | number | null | undefined>) =>
    setParams(withParams(params, { page: null, ...changes }));
  return { region, period, year, ready: explicitYear !== undefined || plan.ready, update, params };
}

/** A promise that never settles: what a page "loads" while `ready` is false (useApi stays loading). */
export function pending<T>(): Promise<T> {
  return new Promise<T>(() => {});
}

/** The query string of the region and period, for links to other regional pages. */
export function regionPeriodSearch(region?: string, period?: string, year?: number): string {
  const params = new URLSearchParams();
  if (region) params.set('region', region);
  if (period) params.set('period', period);
  else if (year) params.set('year', String(year));
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}
