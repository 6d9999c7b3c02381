// 监管闭环 API: the enterprise registry, match queue, credit record and risk model; 双随机
// (items, inspectors, plans, draws, outcomes, verification); and the public draw pages.
// Shapes follow the server's zod schemas (src/modules/enterprises, src/modules/draws).
import { http, request } from './client.ts';
import type { ErrorDetail } from './types.ts';

export type RiskClass = 'A' | 'B' | 'C' | 'D';

export const RISK_CLASS_LABELS: Record<RiskClass, string> = { A: '低风险', B: '一般风险', C: '较高风险', D: '高风险' };
export const RISK_CLASS_COLORS: Record<RiskClass, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };

export interface Licence {
  type: string;
  number: string;
}

export interface Enterprise {
  id: number;
  creditCode: string;
  name: string;
  regionCode: string | null;
  regionName: string | null;
  industry: string;
  size: string | null;
  address: string | null;
  licences: Licence[];
  aliases: string[];
  riskScore: number | null;
  riskClass: RiskClass | null;
  riskModelVersion: number | null;
  riskComputedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ClassChange {
  enterpriseId: number;
  from: RiskClass | null;
  to: RiskClass;
  score: number;
}

export interface LinkReport {
  scanned: number;
  linked: number;
  queued: number;
  aliasesAdded: number;
  unmatched: number;
  classChanges: ClassChange[];
}

export interface ExplanationItem {
  dimensionId: string;
  dimension: string;
  indicatorId: string;
  indicator: string;
  name: string;
  value: number | null;
  points: number;
  weight: number;
  contribution: number;
  rule: string;
  sources: { table: string; id: number; date: string; label: string }[];
}

export interface Assessment {
  score: number;
  riskClass: RiskClass;
  asOf: string;
  windowStart: string;
  modelVersion: number | null;
  items: ExplanationItem[];
}

export interface CreditEvent {
  id: number;
  enterpriseId: number;
  kind: string;
  date: string;
  description: string;
  source: string;
  points: number | null;
  sourceTable?: string | null;
  createdAt: string;
}

export interface LinkedRecord {
  table: string;
  id: number;
  date: string;
  regionCode: string | null;
  product: string;
  result: string;
  outcome: 'pass' | 'fail' | 'refused';
  detail: string | null;
  role: string;
  roleLabel: string;
  method: string;
  confidence: number;
  reason: string;
}

/** A draw whose frozen pool held the enterprise, with the class it had then. */
export interface DrawHistoryEntry {
  drawId: number;
  planName: string;
  status: 'frozen' | 'revealed';
  frozenAt: string;
  riskClass: 'A' | 'B' | 'C' | 'D';
  share: number;
  drawn: boolean | null;
  outcome: string | null;
  inspectedOn: string | null;
}

export interface EnterpriseDetail {
  enterprise: Enterprise;
  records: LinkedRecord[];
  events: CreditEvent[];
  risk: Assessment | null;
  draws: DrawHistoryEntry[];
}

export interface EnterpriseMeta {
  industries: string[];
  sizes: string[];
  eventKinds: { kind: string; label: string }[];
  riskClasses: { code: RiskClass; label: string }[];
  indicators: { id: string; name: string; unit: string }[];
}

export interface EnterpriseInput {
  creditCode?: string;
  name: string;
  regionCode?: string | null;
  industry: string;
  size?: string | null;
  address?: string | null;
  licences?: Licence[];
  aliases?: string[];
}

export interface ImportReport {
  file: string;
  dryRun: boolean;
  stored: boolean;
  rows: number;
  enterprises: number;
  inserted: number;
  updated: number;
  unchanged: number;
  aliasesAdded: number;
  warnings: ErrorDetail[];
  linking: LinkReport | null;
}

export interface Candidate {
  enterpriseId: number;
  name: string;
  creditCode: string;
  score: number;
  reason: string;
}

export interface QueueItem {
  id: number;
  recordTable: string;
  recordId: number;
  role: string;
  tableLabel: string;
  roleLabel: string;
  partyName: string | null;
  partyCode: string | null;
  regionCode: string | null;
  candidates: Candidate[];
  reason: string;
  status: 'pending' | 'confirmed' | 'rejected';
  record: { date: string; product: string; result: string; detail: string | null } | null;
}

export interface RiskModelVersion {
  version: number;
  name: string;
  createdByName: string;
  createdAt: string;
  definition: unknown;
}

export const enterpriseApi = {
  meta: (signal?: AbortSignal) => http.get<EnterpriseMeta>('/enterprises/meta', undefined, signal),
  list: (
    q: { page: number; pageSize: number; q?: string; regionCode?: string; industry?: string; riskClass?: string },
    signal?: AbortSignal,
  ) => http.get<{ items: Enterprise[]; total: number; classCounts: Record<string, number> }>('/enterprises', q, signal),
  get: (id: number, signal?: AbortSignal) => http.get<EnterpriseDetail>(`/enterprises/${id}`, undefined, signal),
  create: (input: EnterpriseInput) => http.post<{ enterprise: Enterprise; linking: LinkReport }>('/enterprises', input),
  update: (id: number, input: Partial<EnterpriseInput>) =>
    http.patch<{ enterprise: Enterprise; linking: LinkReport }>(`/enterprises/${id}`, input),
  importFile: (file: File, dryRun: boolean) => {
    const form = new FormData();
    form.append('file', file);
    return request<ImportReport>('POST', '/enterprises/import', { form, query: { dryRun: dryRun ? '1' : undefined } });
  },
  templateUrl: '/api/enterprises/template.xlsx',
  link: () => http.post<LinkReport>('/enterprises/link', {}),
  queue: (q: { status: string; page: number; pageSize: number }, signal?: AbortSignal) =>
    http.get<{ items: QueueItem[]; total: number }>('/enterprises/matches', q, signal),
  confirm: (id: number, enterpriseId: number) =>
    http.post<{ alsoLinked: number; classChanges: ClassChange[] }>(`/enterprises/matches/${id}/confirm`, {
      enterpriseId,
    }),
  reject: (id: number) => http.post<{ ok: true }>(`/enterprises/matches/${id}/reject`, {}),
  addEvent: (
    id: number,
    e: { kind: string; date: string; description: string; source: string; points?: number | null },
  ) => http.post<{ event: CreditEvent; classChanges: ClassChange[] }>(`/enterprises/${id}/events`, e),
  deleteEvent: (id: number) => request<{ classChanges: ClassChange[] }>('DELETE', `/enterprises/events/${id}`),
  models: (signal?: AbortSignal) =>
    http.get<{ items: RiskModelVersion[] }>('/enterprises/risk-models', undefined, signal),
  saveModel: (model: unknown) =>
    http.post<{ version: number; rescored: number; classChanges: number }>('/enterprises/risk-models', model),
};

// --- 双随机 ---

export interface InspectionItem {
  id: number;
  name: string;
  legalBasis: string;
  industries: string[];
  active: boolean;
}

export interface Inspector {
  id: number;
  name: string;
  unit: string;
  regionCode: string | null;
  regionName: string | null;
  qualifications: string[];
  conflicts: string[];
  conflictNames: { creditCode: string; name: string | null }[];
  active: boolean;
}

export interface InspectorInput {
  name: string;
  unit: string;
  regionCode?: string | null;
  qualifications: string[];
  conflicts?: (number | string)[];
  active?: boolean;
}

export interface DrawRules {
  shares: Record<RiskClass, number>;
  regionCodes: string[];
  industries: string[];
  inspectorsPerObject: number;
  avoidHomeRegion: boolean;
}

export interface DrawPlan {
  id: number;
  name: string;
  rules: DrawRules;
  itemIds: number[];
  createdAt: string;
  updatedAt: string;
  drawCount: number;
}

export interface PublicDraw {
  id: number;
  status: 'frozen' | 'revealed';
  planName: string;
  rules: {
    shares: Record<RiskClass, number>;
    regions: string[];
    industries: string[];
    inspectorsPerObject: number;
    avoidHomeRegion: boolean;
  };
  items: { name: string; legalBasis: string }[];
  hashes: { plan: string; objects: string; inspectors: string; pools: string; result: string | null };
  seedCommitment: string;
  seed: string | null;
  objectCount: number;
  inspectorCount: number;
  drawnCount: number | null;
  frozenAt: string;
  revealedAt: string | null;
}

export interface PublicResult {
  enterpriseName: string;
  creditCode: string;
  regionName: string | null;
  industry: string;
  inspectors: string[];
  outcome: string | null;
  inspectedOn: string | null;
}

export interface InternalResult extends PublicResult {
  enterpriseId: number;
  riskClass: RiskClass;
  inspectorIds: number[];
  outcomeCode: string | null;
  note: string | null;
}

export interface Verification {
  drawId: number;
  verified: boolean;
  complete: boolean;
  verifiedAt: string;
  checks: { id: string; label: string; ok: boolean; message: string; expected?: string; actual?: string }[];
  differences: string[];
}

export interface OutcomeOption {
  code: string;
  label: string;
  points: number;
}

export const drawApi = {
  items: (signal?: AbortSignal) => http.get<{ items: InspectionItem[] }>('/draws/items', undefined, signal),
  createItem: (i: Omit<InspectionItem, 'id' | 'active'>) => http.post<InspectionItem>('/draws/items', i),
  updateItem: (id: number, i: Omit<InspectionItem, 'id'>) => http.patch<InspectionItem>(`/draws/items/${id}`, i),
  inspectors: (signal?: AbortSignal) => http.get<{ items: Inspector[] }>('/inspectors', undefined, signal),
  createInspector: (i: InspectorInput) => http.post<Inspector>('/inspectors', i),
  updateInspector: (id: number, i: InspectorInput) => http.patch<Inspector>(`/inspectors/${id}`, i),
  plans: (signal?: AbortSignal) => http.get<{ items: DrawPlan[] }>('/draws/plans', undefined, signal),
  createPlan: (p: { name: string; rules: Partial<DrawRules>; itemIds: number[] }) =>
    http.post<DrawPlan>('/draws/plans', p),
  updatePlan: (id: number, p: { name: string; rules: Partial<DrawRules>; itemIds: number[] }) =>
    http.patch<DrawPlan>(`/draws/plans/${id}`, p),
  freeze: (planId: number) => http.post<PublicDraw>(`/draws/plans/${planId}/freeze`, {}),
  list: (signal?: AbortSignal) => http.get<{ items: PublicDraw[] }>('/draws', undefined, signal),
  get: (id: number, signal?: AbortSignal) =>
    http.get<{ draw: PublicDraw; planId: number; results: InternalResult[]; classCounts: Record<string, number> }>(
      `/draws/${id}`,
      undefined,
      signal,
    ),
  reveal: (id: number) => http.post<PublicDraw>(`/draws/${id}/reveal`, {}),
  outcomeOptions: (signal?: AbortSignal) =>
    http.get<{ items: OutcomeOption[] }>('/draws/outcome-options', undefined, signal),
  enterOutcome: (id: number, enterpriseId: number, o: { outcome: string; note?: string | null; inspectedOn: string }) =>
    request<{ classChanges: ClassChange[] }>('PUT', `/draws/${id}/outcomes/${enterpriseId}`, { body: o }),
  verify: (id: number) => http.get<Verification>(`/draws/${id}/verify`),
};

/** The public pages: no login, and a 401 must not send the visitor to the login page. */
export const publicDrawApi = {
  list: (signal?: AbortSignal) =>
    request<{ items: PublicDraw[] }>('GET', '/public/draws', { signal, redirectOn401: false }),
  get: (id: number, signal?: AbortSignal) =>
    request<{ draw: PublicDraw; results: PublicResult[] }>('GET', `/public/draws/${id}`, {
      signal,
      redirectOn401: false,
    }),
  verify: (id: number) => request<Verification>('GET', `/public/draws/${id}/verify`, { redirectOn401: false }),
};

export function formatShare(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}
