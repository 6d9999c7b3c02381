// Response shapes of the data-import and records APIs (/api/imports, /api/records) and of the
// demo-data status, transcribed from src/modules/records/records-schemas.ts and
// src/modules/demo/demo-routes.ts. Kept apart from types.ts because another engineer owns those
// routes; the server's zod schemas are the source of truth.

export interface ImportField {
  /** The field key; the records browser answers with these keys (camelCase). */
  name: string;
  /** The column header written in the template. */
  header: string;
  synonyms: string[];
  required: boolean;
  description: string;
}

export interface ImportKind {
  /** Kind id as used in the URLs: food, air-daily, … */
  kind: string;
  /** Chinese name: 食品安全抽检. */
  name: string;
  description: string;
  /** How a row is recognised as one already imported (a re-import updates it). */
  naturalKey: string;
  fields: ImportField[];
}

export interface ImportStarted {
  jobId: string;
}

/** A problem located in the file: sheet/file name, spreadsheet row, column header as written. */
export interface ImportProblem {
  file?: string;
  row?: number;
  column?: string | number;
  message: string;
  /** FORBIDDEN_SCOPE: a county importing another county's rows. */
  code?: string;
}

export interface ImportResult {
  inserted: number;
  updated: number;
  rows: number;
  dryRun: boolean;
  importId: number | null;
  /** Listed warnings (capped by the server) and how many there were in all. */
  warnings: ImportProblem[];
  warningCount: number;
}

export type ImportJobStatus = 'running' | 'done' | 'failed';

export interface ImportJob {
  id: string;
  kind: string;
  file: string;
  status: ImportJobStatus;
  phase: 'reading' | 'writing' | 'finished';
  processed: number;
  /** Unknown until the reader has counted the rows. */
  total: number | null;
  result?: ImportResult;
  /** Row problems (capped by the server; errorCount is the full number). */
  errors?: ImportProblem[];
  errorCount?: number;
  /** IMPORT_ROWS_INVALID for row problems, else the file's error code. */
  code?: string;
  /** A whole-file failure (unreadable file, wrong kind) when there are no row errors. */
  message?: string;
  startedAt: string;
  finishedAt: string | null;
}

export interface ImportHistoryEntry {
  id: number;
  kind: string;
  fileName: string;
  sha256: string;
  rowCount: number;
  inserted: number;
  updated: number;
  actorId: number | null;
  actorName: string;
  startedAt: string;
  finishedAt: string;
}

export interface ImportHistoryQuery {
  page?: number;
  pageSize?: number;
  kind?: string;
}

export interface RecordsQuery {
  page?: number;
  pageSize?: number;
  region?: string;
  from?: string;
  to?: string;
  q?: string;
}

/**
 * A browsed record: the table's columns in camelCase (sampledUnitName), JSON columns parsed and
 * named without the _json suffix (failedItems, items), plus regionName for dated kinds.
 */
export type RecordRow = Record<string, unknown> & { id: number | string };

export interface DemoStatus {
  present: boolean;
  counts: Record<string, number>;
}
