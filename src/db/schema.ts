// Table types for Kysely. Timestamps are ISO-8601 UTC strings and booleans are 0/1 integers on
// both engines, so one set of queries serves SQLite and PostgreSQL unchanged.
import type { ColumnType, Generated } from 'kysely';
import type { AssessmentTables } from './schema-assessment.ts';
import type { EnterpriseTables } from './schema-enterprises.ts';
import type { ProgressTables } from './schema-progress.ts';
import type { RecordTables } from './schema-records.ts';
import type { TraceTables } from './schema-trace.ts';

type Id = Generated<number>;
/** Stored as text; JSON.stringify on write, JSON.parse on read (in repositories only). */
type JsonText = string;
type Flag = ColumnType<number, number | undefined, number>;

export interface RegionTable {
  code: string;
  name: string;
  short_name: string;
  level: string;
  parent_code: string | null;
  seq: number;
}

export interface UnitTable {
  id: Id;
  name: string;
  short_name: string;
  kind: string;
  region_code: string | null;
  contact_person: string | null;
  contact_phone: string | null;
  seq: number;
}

export interface UnitAliasTable {
  id: Id;
  unit_id: number;
  alias: string;
}

export interface UserTable {
  id: Id;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  unit_id: number | null;
  region_code: string | null;
  disabled: Flag;
  must_change_password: Flag;
  failed_attempts: Flag;
  locked_until: string | null;
  last_login_at: string | null;
  password_changed_at: string;
  created_at: string;
}

export interface AuditLogTable {
  id: Id;
  at: string;
  actor_id: number | null;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: JsonText | null;
  after_json: JsonText | null;
  ip: string | null;
}

export interface PlanTable {
  id: Id;
  title: string;
  year: number | null;
  version: number;
  source_name: string;
  source_sha256: string;
  source_text: string;
  warnings_json: JsonText;
  imported_at: string;
  imported_by: number | null;
}

export interface PlanSectionTable {
  id: Id;
  plan_id: number;
  seq: number;
  number: string;
  title: string;
  level: number;
  path: string;
  text: string;
  start_offset: number | null;
  end_offset: number | null;
}

export interface PlanTaskTable {
  id: Id;
  plan_id: number;
  seq: number;
  section_path: string;
  title: string;
  text: string;
  start_offset: number | null;
  end_offset: number | null;
}

export interface PlanTaskUnitTable {
  id: Id;
  plan_id: number;
  task_id: number;
  role: string;
  seq: number;
  name: string;
}

export interface PlanTargetTable {
  id: Id;
  plan_id: number;
  seq: number;
  text: string;
  indicator: string;
  comparator: string;
  value: number;
  unit: string;
  year: number | null;
  section_path: string;
  task_id: number | null;
  start_offset: number | null;
  end_offset: number | null;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface Database extends RecordTables, ProgressTables, TraceTables, EnterpriseTables, AssessmentTables {
  regions: RegionTable;
  units: UnitTable;
  unit_aliases: UnitAliasTable;
  users: UserTable;
  audit_log: AuditLogTable;
  plans: PlanTable;
  plan_sections: PlanSectionTable;
  plan_tasks: PlanTaskTable;
  plan_task_units: PlanTaskUnitTable;
  plan_targets: PlanTargetTable;
  meta: MetaTable;
}
