// Kysely types of the supervision-loop tables (migration 20261128030000-enterprises).
import type { ColumnType, Generated } from 'kysely';

type Id = Generated<number>;
type JsonText = string;
type Flag = ColumnType<number, number | undefined, number>;

export interface EnterpriseTable {
  id: Id;
  credit_code: string;
  name: string;
  name_key: string;
  region_code: string | null;
  industry: string;
  size: string | null;
  address: string | null;
  licences_json: JsonText;
  risk_score: number | null;
  risk_class: string | null;
  risk_model_version: number | null;
  risk_explanation_json: JsonText | null;
  risk_computed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface EnterpriseAliasTable {
  id: Id;
  enterprise_id: number;
  alias: string;
  alias_key: string;
  created_at: string;
}

export interface EnterpriseLinkTable {
  id: Id;
  record_table: string;
  record_id: number;
  role: string;
  enterprise_id: number;
  method: string;
  confidence: number;
  reason: string;
  confirmed_by: number | null;
  confirmed_at: string | null;
  created_at: string;
}

export interface EnterpriseMatchQueueTable {
  id: Id;
  record_table: string;
  record_id: number;
  role: string;
  party_name: string | null;
  party_code: string | null;
  region_code: string | null;
  candidates_json: JsonText;
  reason: string;
  status: string;
  enterprise_id: number | null;
  resolved_by: number | null;
  resolved_at: string | null;
  created_at: string;
}

export interface CreditEventTable {
  id: Id;
  enterprise_id: number;
  kind: string;
  date: string;
  description: string;
  source: string;
  points: number | null;
  source_table: string | null;
  source_id: number | null;
  created_by: number | null;
  created_at: string;
}

export interface RiskModelTable {
  id: Id;
  version: number;
  name: string;
  definition_json: JsonText;
  created_by: number | null;
  created_by_name: string;
  created_at: string;
}

export interface InspectionItemTable {
  id: Id;
  name: string;
  legal_basis: string;
  industries_json: JsonText;
  active: Flag;
  created_at: string;
  updated_at: string;
}

export interface InspectorTable {
  id: Id;
  name: string;
  unit: string;
  region_code: string | null;
  qualifications_json: JsonText;
  conflicts_json: JsonText;
  active: Flag;
  created_at: string;
  updated_at: string;
}

export interface DrawPlanTable {
  id: Id;
  name: string;
  rules_json: JsonText;
  item_ids_json: JsonText;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface DrawTable {
  id: Id;
  plan_id: number;
  status: string;
  plan_json: JsonText;
  plan_hash: string;
  objects_hash: string;
  inspectors_hash: string;
  pools_hash: string;
  seed_commitment: string;
  seed: string;
  result_hash: string | null;
  object_count: number;
  inspector_count: number;
  drawn_count: number | null;
  frozen_at: string;
  frozen_by: number | null;
  revealed_at: string | null;
  revealed_by: number | null;
}

export interface DrawPoolObjectTable {
  id: Id;
  draw_id: number;
  enterprise_id: number;
  credit_code: string;
  name: string;
  region_code: string | null;
  industry: string;
  risk_class: string;
  last_inspector_ids_json: JsonText;
}

export interface DrawPoolInspectorTable {
  id: Id;
  draw_id: number;
  inspector_id: number;
  name: string;
  unit: string;
  region_code: string | null;
  qualifications_json: JsonText;
  conflicts_json: JsonText;
}

export interface DrawAssignmentTable {
  id: Id;
  draw_id: number;
  enterprise_id: number;
  inspector_ids_json: JsonText;
}

export interface DrawOutcomeTable {
  id: Id;
  draw_id: number;
  enterprise_id: number;
  outcome: string;
  note: string | null;
  inspected_on: string;
  credit_event_id: number | null;
  entered_by: number | null;
  entered_at: string;
}

export interface EnterpriseTables {
  enterprises: EnterpriseTable;
  enterprise_aliases: EnterpriseAliasTable;
  enterprise_links: EnterpriseLinkTable;
  enterprise_match_queue: EnterpriseMatchQueueTable;
  credit_events: CreditEventTable;
  risk_models: RiskModelTable;
  inspection_items: InspectionItemTable;
  inspectors: InspectorTable;
  draw_plans: DrawPlanTable;
  draws: DrawTable;
  draw_pool_objects: DrawPoolObjectTable;
  draw_pool_inspectors: DrawPoolInspectorTable;
  draw_assignments: DrawAssignmentTable;
  draw_outcomes: DrawOutcomeTable;
}
