// Kysely types of the progress-reporting tables (migration 20261128020000-progress).
// A report is one unit's report on one task for one period; its content lives in revisions, one
// per submission cycle, so a returned report keeps what was returned and the revision that
// follows is a new row. `version` on the report is the optimistic-concurrency counter.
import type { Generated } from 'kysely';
import type { StoredFileColumns } from './schema-files.ts';

type Id = Generated<number>;

export interface ProgressSettingsTable {
  plan_id: number;
  frequency: string;
  year: number;
  start_month: number;
  due_day: number;
  warn_days: number;
  /** JSON object: period key → YYYY-MM-DD. */
  due_overrides_json: string;
  updated_at: string;
  updated_by: number | null;
}

export interface ProgressReportTable {
  id: Id;
  plan_id: number;
  task_id: number;
  unit_id: number;
  /** 'lead' | 'responsible' when the report was opened; the lead's report is the consolidated one. */
  role: string;
  period: string;
  status: string;
  version: number;
  /** Number of the current revision (1, 2, …). */
  revision: number;
  created_at: string;
  updated_at: string;
  /** When the submission now on file was made; null while nothing is submitted. */
  submitted_at: string | null;
}

export interface ProgressRevisionTable {
  id: Id;
  report_id: number;
  revision: number;
  status: string;
  text: string;
  created_at: string;
  created_by: number | null;
  created_by_name: string;
  updated_at: string;
  submitted_at: string | null;
  submitted_by_name: string | null;
  reviewed_at: string | null;
  reviewed_by_name: string | null;
  /** The return reason, or the office's remark on acceptance. */
  review_comment: string | null;
}

export interface ProgressValueTable {
  id: Id;
  revision_id: number;
  target_id: number;
  value: number | null;
  note: string | null;
}

export interface ProgressEvidenceTable extends StoredFileColumns {
  id: Id;
  report_id: number;
  revision_id: number;
}

export interface ProgressNoticeTable {
  id: Id;
  plan_id: number;
  task_id: number;
  unit_id: number;
  period: string | null;
  content: string;
  due_date: string | null;
  status: string;
  issued_at: string;
  issued_by: number | null;
  issued_by_name: string;
  acknowledged_at: string | null;
  acknowledged_by_name: string | null;
  reply: string | null;
}

export interface ProgressTargetLinkTable {
  id: Id;
  plan_id: number;
  task_id: number;
  target_id: number;
  /** 1 adds a link the plan text does not make; 0 removes a default one. */
  linked: number;
  updated_at: string;
}

export interface ProgressTables {
  progress_settings: ProgressSettingsTable;
  progress_reports: ProgressReportTable;
  progress_revisions: ProgressRevisionTable;
  progress_values: ProgressValueTable;
  progress_evidence: ProgressEvidenceTable;
  progress_notices: ProgressNoticeTable;
  progress_target_links: ProgressTargetLinkTable;
}
