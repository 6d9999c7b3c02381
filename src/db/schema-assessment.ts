// Kysely types of the assessment and public-disclosure tables (migration 20261128050000-assessment).
import type { Generated } from 'kysely';
import type { StoredFileColumns } from './schema-files.ts';

type Id = Generated<number>;

/** A validated rule-set file, stored as uploaded (versioned by name). */
export interface AssessmentRuleSetTable {
  id: Id;
  name: string;
  version: number;
  kind: string;
  year: number;
  file_name: string;
  sha256: string;
  body_json: string;
  uploaded_at: string;
  uploaded_by: number | null;
  uploaded_by_name: string;
}

/** One assessment of one year's subjects (the counties, or the departments) under one rule set. */
export interface AssessmentRoundTable {
  id: Id;
  year: number;
  kind: string;
  title: string;
  rule_set_id: number;
  status: string;
  version: number;
  /** The scored result: every subject's points with their explanation, and when the data were read. */
  result_json: string | null;
  return_reason: string | null;
  created_at: string;
  created_by: string;
  scored_at: string | null;
  scored_by: string | null;
  /** The scorer's user id (migration 20261128090000-assessment-reviewer): the reviewer must differ. */
  scored_by_id: number | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  reviewed_by_id: number | null;
  published_at: string | null;
  published_by: string | null;
}

export interface AssessmentSelfEvaluationTable {
  id: Id;
  round_id: number;
  subject_key: string;
  status: string;
  self_score: number | null;
  text: string;
  items_json: string;
  version: number;
  updated_at: string;
  updated_by: string;
  submitted_at: string | null;
  submitted_by: string | null;
}

/** A bonus the office enters for a subject, with its evidence (文号, certificate …). */
export interface AssessmentBonusTable {
  id: Id;
  round_id: number;
  subject_key: string;
  rule_id: string;
  title: string;
  count: number;
  evidence: string;
  created_at: string;
  created_by: string;
}

/**
 * A file behind a bonus (award certificate, 命名文件), migration 20261128100000-bonus-evidence.
 * Internal only: never part of a published result or a public view.
 */
export interface AssessmentBonusEvidenceTable extends StoredFileColumns {
  id: Id;
  bonus_id: number;
}

/**
 * What the office publishes for the public (一公开): a snapshot of indicator values for a period,
 * or a selection of sampling results in the official columns. The public reads only
 * status = 'published' rows; the content is frozen at creation, so later data changes never
 * alter what was published.
 */
export interface PublicReleaseTable {
  id: Id;
  kind: string;
  title: string;
  year: number;
  period: string;
  region_code: string | null;
  params_json: string;
  content_json: string;
  row_count: number;
  status: string;
  data_as_of: string;
  created_at: string;
  created_by: string;
  published_at: string | null;
  published_by: string | null;
  withdrawn_at: string | null;
}

export interface AssessmentTables {
  assessment_rule_sets: AssessmentRuleSetTable;
  assessment_rounds: AssessmentRoundTable;
  assessment_self_evaluations: AssessmentSelfEvaluationTable;
  assessment_bonuses: AssessmentBonusTable;
  assessment_bonus_evidence: AssessmentBonusEvidenceTable;
  public_releases: PublicReleaseTable;
}
