// Indicators (目标看板, one indicator, drill-down), air quality by day and water sites.
import { http, type Query } from './client.ts';
import type {
  AirDailyResponse,
  IndicatorBoard,
  IndicatorDetail,
  IndicatorRecordsPage,
  IndicatorRecordsQuery,
  WaterSitesResponse,
} from './indicator-types.ts';

export interface RegionPeriod {
  year?: number;
  region?: string;
  period?: string;
}

export function getIndicators(query: RegionPeriod, signal?: AbortSignal): Promise<IndicatorBoard> {
  return http.get<IndicatorBoard>('/indicators', { ...query }, signal);
}

export function getIndicator(code: string, query: RegionPeriod, signal?: AbortSignal): Promise<IndicatorDetail> {
  return http.get<IndicatorDetail>(`/indicators/${encodeURIComponent(code)}`, { ...query }, signal);
}

export function listIndicatorRecords(
  code: string,
  query: IndicatorRecordsQuery,
  signal?: AbortSignal,
): Promise<IndicatorRecordsPage> {
  return http.get<IndicatorRecordsPage>(`/indicators/${encodeURIComponent(code)}/records`, { ...query }, signal);
}

/** A plain link (not fetch): the browser downloads the workbook with the session cookie. */
export function indicatorRecordsXlsxUrl(code: string, query: Omit<IndicatorRecordsQuery, 'page' | 'pageSize'>): string {
  return withQuery(`/api/indicators/${encodeURIComponent(code)}/records.xlsx`, { ...query });
}

export function getAirDaily(
  query: { year?: number; region?: string },
  signal?: AbortSignal,
): Promise<AirDailyResponse> {
  return http.get<AirDailyResponse>('/air/daily', { ...query }, signal);
}

export function getWaterSites(query: RegionPeriod, signal?: AbortSignal): Promise<WaterSitesResponse> {
  return http.get<WaterSitesResponse>('/water/sites', { ...query }, signal);
}

/** `/api/...` plus the non-empty query values, for links the browser follows itself. */
export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
