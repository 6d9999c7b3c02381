// 考核评价 and 报告: rule sets, rounds (self-evaluation → scoring → review → publication) and the
// report downloads. Shapes follow src/modules/assessment/assessment-schemas.ts.
import { http, request } from './client.ts';

export type SubjectKind = 'county' | 'department';
export type RoundStatus = 'self_evaluation' | 'scored' | 'reviewed' | 'published';
export type ItemCategory = 'indicator' | 'task' | 'deduction' | 'bonus' | 'veto';

export type ItemSource =
  | { kind: 'indicator'; code: string; region: string; period: string }
  | { kind: 'reports'; unitIds: number[]; year: number }
  | { kind: 'incidents'; region: string; year: number }
  | { kind: 'disposal'; region: string; year: number }
  | { kind: 'bonus' };

export interface ScoreItem {
  ruleId: string;
  category: ItemCategory;
  label: string;
  max: number | null;
  points: number;
  basis: string;
  details?: string[];
  sources?: ItemSource[];
}

export interface SubjectScore {
  key: string;
  name: string;
  rank: number;
  base: number;
  deductions: number;
  bonus: number;
  total: number;
  grade: string;
  vetoed: boolean;
  summary: string;
  selfScore?: number | null;
  items: ScoreItem[];
}

export interface RuleSetHeader {
  id: number;
  name: string;
  version: number;
  kind: SubjectKind;
  year: number;
  fileName: string;
  sha256: string;
  uploadedAt: string;
  uploadedByName: string;
}

export interface SelfItem {
  ruleId: string;
  points: number | null;
  note: string;
}

export interface SelfEvaluation {
  id: number;
  subjectKey: string;
  status: 'draft' | 'submitted';
  selfScore: number | null;
  text: string;
  items: SelfItem[];
  version: number;
  updatedAt: string;
  updatedBy: string;
  submittedAt: string | null;
  submittedBy: string | null;
}

/** A file behind a bonus (获奖证书、命名文件); listed for the 州质量办 only. */
export interface BonusFile {
  id: number;
  bonusId: number;
  fileName: string;
  kind: string;
  size: number;
  uploadedAt: string;
  uploadedBy: string;
}

export interface Bonus {
  id: number;
  subjectKey: string;
  ruleId: string;
  title: string;
  count: number;
  evidence: string;
  createdAt: string;
  createdBy: string;
  files: BonusFile[];
}

export interface RoundSummary {
  id: number;
  year: number;
  kind: SubjectKind;
  title: string;
  status: RoundStatus;
  statusLabel: string;
  version: number;
  ruleSet: { id: number; name: string; version: number } | null;
  createdAt: string;
  scoredAt: string | null;
  publishedAt: string | null;
}

export interface RoundView extends RoundSummary {
  returnReason: string | null;
  createdBy: string;
  scoredBy: string | null;
  /** Who last scored the round; that user may not review it (复核须由评分人以外的人员进行). */
  scoredById: number | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  publishedBy: string | null;
  result: {
    computedAt: string;
    indicators: { computedAt: string; period: string; periodLabel: string; dataThrough: string | null };
    progressAsOf: string | null;
    scale: number;
    grades: { grade: string; min: number }[];
  } | null;
  subjects: {
    key: string;
    name: string;
    regionCode: string | null;
    unitIds: number[];
    self: SelfEvaluation | null;
    bonuses: Bonus[];
    score: SubjectScore | null;
    canSelfEvaluate: boolean;
  }[];
  ranking: SubjectScore[];
  can: { score: boolean; bonus: boolean; review: boolean; return: boolean; publish: boolean };
}

export interface RuleSetDetail extends RuleSetHeader {
  rules: {
    indicators?: { id: string; indicator: string; label?: string; points: number }[];
    linkedIndicators?: { id: string; label: string; points: number };
    tasks?: { id: string; kind: string; label?: string; points: number }[];
    deductions?: { id: string; label: string }[];
    bonuses?: {
      max: number;
      rules: { id: string; label: string; pointsEach: number; max: number; description?: string }[];
    };
    description?: string;
  };
}

export const ROUND_STATUS_COLOR: Record<RoundStatus, string> = {
  self_evaluation: 'blue',
  scored: 'orange',
  reviewed: 'cyan',
  published: 'green',
};

export const assessmentApi = {
  ruleSets: (signal?: AbortSignal) => http.get<{ items: RuleSetHeader[] }>('/assessment/rule-sets', undefined, signal),
  ruleSet: (id: number, signal?: AbortSignal) =>
    http.get<RuleSetDetail>(`/assessment/rule-sets/${id}`, undefined, signal),
  upload: (fileName: string, content: string) =>
    http.post<RuleSetHeader & { created: boolean }>('/assessment/rule-sets', { fileName, content }),
  loadDefaults: () => http.post<{ items: RuleSetHeader[] }>('/assessment/rule-sets/defaults'),
  rounds: (year: number | undefined, signal?: AbortSignal) =>
    http.get<{ items: RoundSummary[] }>('/assessment/rounds', { year }, signal),
  round: (id: number, signal?: AbortSignal) => http.get<RoundView>(`/assessment/rounds/${id}`, undefined, signal),
  create: (body: { year: number; ruleSetId: number; title?: string }) =>
    http.post<RoundView>('/assessment/rounds', body),
  saveSelf: (
    id: number,
    subject: string,
    body: { version?: number; selfScore: number | null; text: string; items: SelfItem[]; submit: boolean },
  ) =>
    request<SelfEvaluation>('PUT', `/assessment/rounds/${id}/self-evaluations/${encodeURIComponent(subject)}`, {
      body,
    }),
  addBonus: (
    id: number,
    body: { version: number; subjectKey: string; ruleId: string; title: string; count: number; evidence: string },
  ) => http.post<RoundView>(`/assessment/rounds/${id}/bonuses`, body),
  removeBonus: (id: number, bonusId: number, version: number) =>
    request<RoundView>('DELETE', `/assessment/rounds/${id}/bonuses/${bonusId}`, { body: { version } }),
  act: (id: number, action: 'score' | 'review' | 'publish', version: number) =>
    http.post<RoundView>(`/assessment/rounds/${id}/${action}`, { version }),
  returnRound: (id: number, version: number, reason: string) =>
    http.post<RoundView>(`/assessment/rounds/${id}/return`, { version, reason }),
  resultXlsxUrl: (id: number) => `/api/assessment/rounds/${id}/result.xlsx`,
  bonusEvidenceUrl: (evidenceId: number) => `/api/assessment/evidence/${evidenceId}`,
  uploadBonusEvidence: (id: number, bonusId: number, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return http.upload<BonusFile>(`/assessment/rounds/${id}/bonuses/${bonusId}/evidence`, form);
  },
  deleteBonusEvidence: (evidenceId: number) => request<{ ok: true }>('DELETE', `/assessment/evidence/${evidenceId}`),
};

export const reportUrls = {
  quarterly: (year: number, quarter: number, format: 'docx' | 'xlsx') =>
    `/api/reports/quarterly.${format}?year=${year}&quarter=${quarter}`,
  annual: (year: number, format: 'docx' | 'xlsx', roundId?: number) =>
    `/api/reports/annual.${format}?year=${year}${roundId ? `&roundId=${roundId}` : ''}`,
};
