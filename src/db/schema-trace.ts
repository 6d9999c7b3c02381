// Kysely types of the traceability, disposal and incident tables (migration 20261128040000-trace).
import type { Generated } from 'kysely';
import type { StoredFileColumns } from './schema-files.ts';

type Id = Generated<number>;

export interface TraceCaptureTable {
  id: Id;
  source: string;
  file_name: string | null;
  event_count: number;
  actor_id: number | null;
  actor_name: string;
  captured_at: string;
}

export interface TraceLotTable {
  lot_id: string;
  kind: string;
  code: string;
  producer_credit_code: string | null;
  product_name: string | null;
  created_at: string;
}

export interface TracePartyTable {
  credit_code: string;
  name: string | null;
  region_code: string | null;
  address: string | null;
}

export interface TraceEventTable {
  id: Id;
  event_id: string;
  capture_id: number | null;
  type: string;
  action: string | null;
  biz_step: string | null;
  disposition: string | null;
  event_time: string;
  tz_offset: string;
  record_time: string;
  party: string | null;
  source_party: string | null;
  dest_party: string | null;
  read_point: string | null;
  biz_location: string | null;
  address: string | null;
  region_code: string | null;
  body_json: string | null;
}

export interface TraceEventLotTable {
  event_pk: number;
  lot_id: string;
  role: string;
  quantity: number | null;
  uom: string | null;
}

export interface TraceEdgeTable {
  id: Id;
  event_pk: number;
  kind: string;
  from_lot: string;
  from_party: string | null;
  to_lot: string;
  to_party: string | null;
  event_time: string;
  quantity: number | null;
  uom: string | null;
}

export interface DisposalCaseTable {
  id: Id;
  origin: string;
  sample_id: number | null;
  incident_id: number | null;
  region_code: string | null;
  title: string;
  producer_credit_code: string | null;
  producer_name: string | null;
  product_name: string | null;
  batch: string | null;
  lot_id: string | null;
  status: string;
  opened_at: string;
  closed_at: string | null;
  closed_by: string | null;
  close_outcome: string | null;
  close_evidence: string | null;
}

export interface DisposalActionTable {
  id: Id;
  case_id: number;
  seq: number;
  kind: string;
  required: number;
  due_at: string;
  done_at: string | null;
  done_by: string | null;
  evidence_text: string | null;
  evidence_file: string | null;
}

export interface DisposalEvidenceTable extends StoredFileColumns {
  id: Id;
  case_id: number;
  /** Null: evidence of the case as a whole (its closure). */
  action_id: number | null;
}

export interface IncidentTable {
  id: Id;
  receipt_no: string;
  source: string;
  enterprise_name: string;
  enterprise_credit_code: string | null;
  product_name: string;
  batch: string | null;
  region_code: string | null;
  discovered_at: string;
  reported_at: string;
  severity: string;
  injured_count: number;
  injury_level: string;
  description: string;
  measures: string | null;
  reporter_name: string | null;
  reporter_phone: string | null;
  status: string;
  closed_at: string | null;
  closing_summary: string | null;
  case_id: number | null;
}

export interface IncidentFollowupTable {
  id: Id;
  incident_id: number;
  at: string;
  actor_name: string;
  text: string;
}

export interface TraceTables {
  trace_captures: TraceCaptureTable;
  trace_lots: TraceLotTable;
  trace_parties: TracePartyTable;
  trace_events: TraceEventTable;
  trace_event_lots: TraceEventLotTable;
  trace_edges: TraceEdgeTable;
  disposal_cases: DisposalCaseTable;
  disposal_actions: DisposalActionTable;
  disposal_evidence: DisposalEvidenceTable;
  incidents: IncidentTable;
  incident_followups: IncidentFollowupTable;
}
