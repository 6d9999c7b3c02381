// The supervision loop's API: 追溯 (trace a lot), 核查处置 (disposal cases) and 事故报告
// (incident reports, including the public form). Shapes mirror the server's zod schemas in
// src/modules/trace, src/modules/disposal and src/modules/incidents.
import { http, request } from './client.ts';

export type Direction = 'both' | 'forward' | 'backward';

export interface LotHit {
  lotId: string;
  kind: string;
  code: string;
  producerCreditCode: string | null;
  producerName: string | null;
  productName: string | null;
}

export interface GraphNode {
  id: string;
  type: 'lot' | 'party';
  label: string;
  lotId?: string;
  lotKind?: string;
  code?: string;
  productName?: string | null;
  producerCreditCode?: string | null;
  status?: string[];
  root?: boolean;
  creditCode?: string;
  name?: string | null;
  regionCode?: string | null;
  address?: string | null;
}

export type EdgeKind = 'commission' | 'ship' | 'receive' | 'transform' | 'aggregate' | 'disaggregate';

export interface GraphEdge {
  id: number;
  kind: EdgeKind;
  fromLot: string;
  fromParty: string | null;
  toLot: string;
  toParty: string | null;
  time: string;
  quantity: number | null;
  uom: string | null;
  eventPk: number;
  direction: 'forward' | 'backward';
}

export interface TraceGraph {
  root: string;
  direction: Direction;
  nodes: GraphNode[];
  edges: GraphEdge[];
  cycles: string[][];
  truncated: boolean;
}

export interface CaptureResult {
  captureId: number | null;
  captured: number;
  duplicates: number;
  rows?: number;
}

const lotPath = (lot: string) => `/trace/lots/${encodeURIComponent(lot)}`;

export const searchLots = (q: string, signal?: AbortSignal) =>
  http.get<{ items: LotHit[] }>('/trace/lots', { q }, signal);
export const traceGraph = (lot: string, direction: Direction, signal?: AbortSignal) =>
  http.get<TraceGraph>(`${lotPath(lot)}/graph`, { direction }, signal);
export const exportLotUrl = (lot: string) => `/api${lotPath(lot)}/export.xlsx`;
export const TRACE_TEMPLATE_URL = '/api/trace/template.xlsx';

export function importTraceFile(file: File): Promise<CaptureResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return http.upload<CaptureResult>('/trace/import', form);
}

// --- 核查处置 ---

export interface DisposalAction {
  id: number;
  caseId: number;
  seq: number;
  kind: string;
  required: boolean;
  dueAt: string;
  doneAt: string | null;
  doneBy: string | null;
  evidenceText: string | null;
  evidenceFile: string | null;
  overdue: boolean;
}

export interface CaseSummary {
  id: number;
  origin: 'sample' | 'incident';
  sampleId: number | null;
  incidentId: number | null;
  regionCode: string | null;
  regionName: string | null;
  title: string;
  producerCreditCode: string | null;
  producerName: string | null;
  productName: string | null;
  batch: string | null;
  lotId: string | null;
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  closeOutcome: string | null;
  closeEvidence: string | null;
  overdue: boolean;
  actionsDone: number;
  actionsTotal: number;
  nextDueAt: string | null;
}

export interface Outlet {
  party: string;
  name: string | null;
  regionCode: string | null;
  address: string | null;
  lotId: string;
  quantity: number | null;
  uom: string | null;
  firstTime: string;
  passedOn: boolean;
}

export interface CaseDetail extends CaseSummary {
  actions: DisposalAction[];
  sample: Record<string, unknown> | null;
  tracedLotId: string | null;
  outlets: Outlet[];
  /** The registry's entries (credit record) of the producer and the sampled unit, where linked. */
  producerEnterpriseId: number | null;
  sampledUnitEnterpriseId: number | null;
  evidence: CaseEvidence[];
}

/** A file attached to a case: to one of its actions, or (actionId null) to the case and its closure. */
export interface CaseEvidence {
  id: number;
  caseId: number;
  actionId: number | null;
  fileName: string;
  kind: string;
  size: number;
  uploadedAt: string;
  uploadedBy: string;
}

export const caseEvidenceUrl = (id: number) => `/api/disposal/evidence/${id}`;

export function uploadCaseEvidence(caseId: number, file: File, actionId: number | null): Promise<CaseEvidence> {
  const form = new FormData();
  form.append('file', file, file.name);
  const query = actionId === null ? '' : `?actionId=${actionId}`;
  return http.upload<CaseEvidence>(`/disposal/cases/${caseId}/evidence${query}`, form);
}
export const deleteCaseEvidence = (id: number) => request<{ ok: true }>('DELETE', `/disposal/evidence/${id}`);

export interface CaseQuery {
  status?: 'open' | 'closed';
  overdue?: boolean;
  region?: string;
  year?: number;
  page?: number;
  pageSize?: number;
}

export const listCases = (q: CaseQuery, signal?: AbortSignal) =>
  http.get<{ items: CaseSummary[]; total: number }>(
    '/disposal/cases',
    { ...q, overdue: q.overdue ? 1 : undefined },
    signal,
  );
export const getCase = (id: number, signal?: AbortSignal) =>
  http.get<CaseDetail>(`/disposal/cases/${id}`, undefined, signal);
export const syncCases = () => http.post<{ opened: number }>('/disposal/sync');
export const completeAction = (
  caseId: number,
  actionId: number,
  body: { evidenceText: string; evidenceFile?: string | null },
) => http.post<CaseDetail>(`/disposal/cases/${caseId}/actions/${actionId}/complete`, body);
export const closeCase = (caseId: number, body: { outcome: string; evidence: string }) =>
  http.post<CaseDetail>(`/disposal/cases/${caseId}/close`, body);

export interface DisposalSummaryRow {
  regionCode: string | null;
  regionName: string;
  open: number;
  overdue: number;
  closed: number;
}
export const disposalSummary = (q: { year?: number; region?: string }, signal?: AbortSignal) =>
  http.get<{
    year: number | null;
    asOf: string;
    items: DisposalSummaryRow[];
    total: Omit<DisposalSummaryRow, 'regionCode' | 'regionName'>;
  }>('/disposal/summary', q, signal);

// --- 事故报告 ---

export const SEVERITIES = ['一般', '较大', '重大', '特别重大'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const INJURY_LEVELS = ['无', '轻微', '轻伤', '重伤', '死亡'] as const;
export type InjuryLevel = (typeof INJURY_LEVELS)[number];

export interface IncidentInput {
  enterpriseName: string;
  enterpriseCreditCode?: string | null;
  productName: string;
  batch?: string | null;
  regionCode?: string | null;
  discoveredAt: string;
  severity?: Severity | null;
  injuredCount: number;
  injuryLevel: InjuryLevel;
  description: string;
  measures?: string | null;
  reporterName?: string | null;
  reporterPhone?: string | null;
}

export interface Incident {
  id: number;
  receiptNo: string;
  source: 'public' | 'staff';
  enterpriseName: string;
  enterpriseCreditCode: string | null;
  productName: string;
  batch: string | null;
  regionCode: string | null;
  regionName: string | null;
  discoveredAt: string;
  reportedAt: string;
  severity: Severity;
  injuredCount: number;
  injuryLevel: string;
  description: string;
  measures: string | null;
  reporterName: string | null;
  reporterPhone: string | null;
  status: 'open' | 'closed';
  closedAt: string | null;
  closingSummary: string | null;
  caseId: number | null;
  clock: { deadline: string; onTime: boolean; minutesLate: number; hoursToReport: number };
  veto: boolean;
}

export interface IncidentDetail extends Incident {
  followups: { id: number; at: string; actorName: string; text: string }[];
  case: { id: number; status: string; overdue: boolean; actionsDone: number; actionsTotal: number } | null;
}

export const listIncidents = (
  q: { status?: string; severity?: string; region?: string; year?: number; page?: number; pageSize?: number },
  signal?: AbortSignal,
) => http.get<{ items: Incident[]; total: number }>('/incidents', q, signal);
export const getIncident = (id: number, signal?: AbortSignal) =>
  http.get<IncidentDetail>(`/incidents/${id}`, undefined, signal);
export const createIncident = (body: IncidentInput) => http.post<IncidentDetail>('/incidents', body);
export const addFollowup = (id: number, text: string) =>
  http.post<IncidentDetail>(`/incidents/${id}/followups`, { text });
export const regradeIncident = (id: number, severity: Severity) =>
  http.patch<IncidentDetail>(`/incidents/${id}`, { severity });
export const closeIncident = (id: number, summary: string) =>
  http.post<IncidentDetail>(`/incidents/${id}/close`, { summary });

export interface IncidentSummaryRow {
  regionCode: string | null;
  regionName: string;
  bySeverity: Record<Severity, number>;
  total: number;
  veto: boolean;
}
export const incidentSummary = (q: { year?: number; region?: string }, signal?: AbortSignal) =>
  http.get<{ year: number | null; vetoSeverities: string[]; items: IncidentSummaryRow[] }>(
    '/incidents/summary',
    q,
    signal,
  );

/** The public form: no login; the answer is only a receipt number. */
export const publicFormOptions = (signal?: AbortSignal) =>
  http.get<{ regions: { code: string; name: string }[]; severities: Severity[]; injuryLevels: InjuryLevel[] }>(
    '/public/incidents/form',
    undefined,
    signal,
  );
export const submitPublicIncident = (body: IncidentInput) =>
  http.post<{ receiptNo: string }>('/public/incidents', body, { redirectOn401: false });
