// Data import (kinds, templates, upload jobs, history) and the records browser.
import { http, request } from './client.ts';
import type {
  ImportHistoryEntry,
  ImportHistoryQuery,
  ImportJob,
  ImportKind,
  ImportStarted,
  RecordRow,
  RecordsQuery,
} from './import-types.ts';
import type { ItemList, Page } from './types.ts';

export function listImportKinds(signal?: AbortSignal): Promise<ItemList<ImportKind>> {
  return http.get<ItemList<ImportKind>>('/imports/kinds', undefined, signal);
}

/** A plain link: the browser downloads the template with the session cookie. */
export function templateUrl(kind: string): string {
  return `/api/imports/templates/${encodeURIComponent(kind)}.xlsx`;
}

export interface ImportOptions {
  /** Only validate; the server stores nothing. */
  dryRun: boolean;
  /** YYYY-MM-DD for rows that carry no date (a published list's 公告日期). */
  date?: string;
}

/** Starts an import job (answered 202 with the job id); progress comes from getImportJob. */
export function startImport(kind: string, file: File, opts: ImportOptions): Promise<ImportStarted> {
  const form = new FormData();
  form.append('file', file);
  return request<ImportStarted>('POST', `/imports/${encodeURIComponent(kind)}`, {
    form,
    query: { dryRun: opts.dryRun ? 1 : undefined, date: opts.date },
  });
}

export function getImportJob(jobId: string, signal?: AbortSignal): Promise<ImportJob> {
  return http.get<ImportJob>(`/imports/jobs/${encodeURIComponent(jobId)}`, undefined, signal);
}

export function listImports(query: ImportHistoryQuery, signal?: AbortSignal): Promise<Page<ImportHistoryEntry>> {
  return http.get<Page<ImportHistoryEntry>>('/imports', { ...query }, signal);
}

export function listRecords(kind: string, query: RecordsQuery, signal?: AbortSignal): Promise<Page<RecordRow>> {
  return http.get<Page<RecordRow>>(`/records/${encodeURIComponent(kind)}`, { ...query }, signal);
}
