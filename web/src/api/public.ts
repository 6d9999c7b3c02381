// 信息公开: what anyone may read without a login, and the office's publishing of it.
import type { SubjectKind, SubjectScore } from './assessment.ts';
import { http } from './client.ts';

export type ReleaseKind = 'indicators' | 'sampling';

export interface PublicHeader {
  id: number;
  kind: ReleaseKind;
  title: string;
  year: number;
  period: string;
  regionCode: string | null;
  rowCount: number;
  dataAsOf: string;
  publishedAt: string;
}

export interface SamplingContent {
  disclaimer: string;
  result: 'failed' | 'passed';
  columns: { key: string; header: string }[];
  rows: Record<string, string | number | null>[];
}

export interface IndicatorSnapshotContent {
  regionName: string;
  periodLabel: string;
  dataThrough: string | null;
  computedAt: string;
  items: {
    code: string;
    name: string;
    unit: string;
    target: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    status: '达标' | '未达标' | '预警' | '数据不足';
    statusReason: string;
    byRegion: { regionName: string; value: number | null; status: string }[];
  }[];
}

export interface PublicRelease<C> extends PublicHeader {
  content: C;
}

export interface PublicAssessment {
  id: number;
  year: number;
  kind: SubjectKind;
  title: string;
  publishedAt: string;
  computedAt: string;
  indicatorsComputedAt: string;
  periodLabel: string;
  ruleSet: { name: string; version: number | null };
  scale: number;
  grades: { grade: string; min: number }[];
  subjects: SubjectScore[];
}

export interface ReleaseHeader extends Omit<PublicHeader, 'publishedAt'> {
  status: 'draft' | 'published' | 'withdrawn';
  createdAt: string;
  createdBy: string;
  publishedAt: string | null;
  publishedBy: string | null;
  withdrawnAt: string | null;
}

// Public pages must not send a logged-out visitor to the login page on a 401; they never get one.
export const publicApi = {
  indicators: (signal?: AbortSignal) => http.get<{ items: PublicHeader[] }>('/public/indicators', undefined, signal),
  indicator: (id: number, signal?: AbortSignal) =>
    http.get<PublicRelease<IndicatorSnapshotContent>>(`/public/indicators/${id}`, undefined, signal),
  samplingLists: (signal?: AbortSignal) =>
    http.get<{ items: PublicHeader[] }>('/public/sampling-lists', undefined, signal),
  samplingList: (id: number, signal?: AbortSignal) =>
    http.get<PublicRelease<SamplingContent>>(`/public/sampling-lists/${id}`, undefined, signal),
  samplingXlsxUrl: (id: number) => `/api/public/sampling-lists/${id}/export.xlsx`,
  assessments: (signal?: AbortSignal) =>
    http.get<{ items: { id: number; year: number; kind: SubjectKind; title: string; publishedAt: string }[] }>(
      '/public/assessments',
      undefined,
      signal,
    ),
  assessment: (id: number, signal?: AbortSignal) =>
    http.get<PublicAssessment>(`/public/assessments/${id}`, undefined, signal),
};

export const disclosureApi = {
  releases: (signal?: AbortSignal) => http.get<{ items: ReleaseHeader[] }>('/disclosure/releases', undefined, signal),
  release: (id: number, signal?: AbortSignal) =>
    http.get<ReleaseHeader & { content: SamplingContent | IndicatorSnapshotContent }>(
      `/disclosure/releases/${id}`,
      undefined,
      signal,
    ),
  snapshot: (body: { year?: number; period: string; region?: string; title?: string }) =>
    http.post<ReleaseHeader>('/disclosure/indicator-snapshots', body),
  sampling: (body: {
    month: string;
    result: 'failed' | 'passed';
    region?: string;
    category?: string;
    title?: string;
  }) => http.post<ReleaseHeader>('/disclosure/sampling-lists', body),
  publish: (id: number) => http.post<ReleaseHeader>(`/disclosure/releases/${id}/publish`),
  withdraw: (id: number) => http.post<ReleaseHeader>(`/disclosure/releases/${id}/withdraw`),
};
