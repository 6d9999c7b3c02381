// 进展督办: report periods, what a unit owes, reports with their versions and evidence, review,
// 督办单, the overdue board and task–target links. Shapes mirror src/modules/progress/progress-schemas.ts.
import { http, request } from './client.ts';
import type { Ok, Page } from './types.ts';

export type DeadlineColour = 'green' | 'yellow' | 'red';
export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'accepted';
export type TaskRole = 'lead' | 'responsible';
export type Frequency = 'monthly' | 'quarterly';

export interface Period {
  key: string;
  label: string;
  start: string;
  end: string;
  due: string;
}

export interface Deadline {
  colour: DeadlineColour;
  /** Days from today to the due date: 0 on the day, negative when overdue. */
  daysLeft: number;
  /** Submitted after the due date. */
  late: boolean;
}

export interface Schedule {
  planId: number;
  planTitle: string;
  planYear: number | null;
  saved: boolean;
  frequency: Frequency;
  year: number;
  startMonth: number;
  dueDay: number;
  warnDays: number;
  dueOverrides: Record<string, string>;
  periods: Period[];
  today: string;
  periodsInUse: string[];
}

export interface ScheduleInput {
  planId?: number;
  frequency: Frequency;
  year: number;
  startMonth: number;
  dueDay: number;
  warnDays: number;
  dueOverrides?: Record<string, string>;
}

export interface ReportRef {
  id: number;
  status: ReportStatus;
  version: number;
  revision: number;
  submittedAt: string | null;
  returnReason: string | null;
}

export interface Obligation extends Deadline {
  taskId: number;
  taskSeq: number;
  taskTitle: string;
  unitId: number;
  unitName: string;
  role: TaskRole;
  period: string;
  periodLabel: string;
  dueDate: string;
  report: ReportRef | null;
}

export interface MyObligations {
  asOf: string;
  planId: number;
  units: { id: number; name: string }[];
  periods: Period[];
  openNotices: number;
  items: Obligation[];
}

export interface OverdueBoard {
  asOf: string;
  planId: number;
  total: number;
  units: { unitId: number; unitName: string; count: number; items: Obligation[] }[];
}

export interface ReportSummary extends Deadline {
  id: number;
  planId: number;
  taskId: number;
  taskSeq: number;
  taskTitle: string;
  unitId: number;
  unitName: string;
  role: TaskRole;
  period: string;
  periodLabel: string;
  dueDate: string;
  status: ReportStatus;
  version: number;
  revision: number;
  submittedAt: string | null;
  updatedAt: string;
  returnReason: string | null;
}

export interface Evidence {
  id: number;
  fileName: string;
  kind: string;
  size: number;
  uploadedAt: string;
  uploadedBy: string;
  url: string;
}

export interface ProgressValue {
  targetId: number;
  value: number | null;
  note: string | null;
}

export interface Revision {
  id: number;
  revision: number;
  status: ReportStatus;
  text: string;
  values: ProgressValue[];
  evidence: Evidence[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  submittedAt: string | null;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  reviewComment: string | null;
}

export interface LinkedTarget {
  id: number;
  seq: number;
  indicator: string;
  text: string;
  comparator: string;
  value: number;
  unit: string;
  source: 'default' | 'inferred' | 'manual';
}

export interface ReportDetail extends ReportSummary {
  targets: LinkedTarget[];
  current: Revision;
  history: Revision[];
  can: { edit: boolean; revise: boolean; submit: boolean; review: boolean; consolidate: boolean };
}

export interface ReportQuery {
  planId?: number;
  status?: ReportStatus;
  period?: string;
  taskId?: number;
  unitId?: number;
  page?: number;
  pageSize?: number;
}

export interface Consolidation {
  task: { id: number; title: string };
  period: Period;
  leadUnits: { id: number; name: string }[];
  targets: LinkedTarget[];
  items: (Deadline & {
    unitId: number;
    unitName: string;
    report: ReportSummary | null;
    latest: Revision | null;
  })[];
}

export type NoticeStatus = 'open' | 'acknowledged';

export interface Notice {
  id: number;
  planId: number;
  taskId: number;
  taskTitle: string;
  unitId: number;
  unitName: string;
  period: string | null;
  periodLabel: string | null;
  content: string;
  dueDate: string | null;
  status: NoticeStatus;
  overdue: boolean;
  issuedAt: string;
  issuedBy: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  reply: string | null;
}

export interface NoticeInput {
  taskId: number;
  unitId: number;
  period?: string | null;
  content: string;
  dueDate?: string | null;
}

export interface PlanTargetRow {
  id: number;
  seq: number;
  indicator: string;
  text: string;
  comparator: string;
  value: number;
  unit: string;
  sectionPath: string;
  taskId: number | null;
}

export interface TargetLinks {
  planId: number;
  targets: PlanTargetRow[];
  tasks: { taskId: number; taskSeq: number; taskTitle: string; targets: LinkedTarget[] }[];
}

export interface TargetTasks {
  target: { id: number; indicator: string; text: string; comparator: string; value: number; unit: string };
  period: Period | null;
  tasks: {
    taskId: number;
    taskSeq: number;
    taskTitle: string;
    source: 'default' | 'inferred' | 'manual';
    units: {
      unitId: number;
      unitName: string;
      role: TaskRole;
      reportId: number | null;
      status: ReportStatus | null;
      colour: DeadlineColour | null;
      daysLeft: number | null;
      reportedValue: number | null;
    }[];
  }[];
}

export const getSchedule = (planId?: number, signal?: AbortSignal) =>
  http.get<Schedule>('/progress/settings', { planId }, signal);
export const saveSchedule = (input: ScheduleInput) => request<Schedule>('PUT', '/progress/settings', { body: input });

export const getMyObligations = (query: { period?: string }, signal?: AbortSignal) =>
  http.get<MyObligations>('/progress/my', query, signal);
export const getOverdue = (signal?: AbortSignal) => http.get<OverdueBoard>('/progress/overdue', undefined, signal);

export const listReports = (query: ReportQuery, signal?: AbortSignal) =>
  http.get<Page<ReportSummary>>('/progress/reports', { ...query }, signal);
export const getReport = (id: number, signal?: AbortSignal) =>
  http.get<ReportDetail>(`/progress/reports/${id}`, undefined, signal);
export const createReport = (input: { taskId: number; period: string; unitId?: number }) =>
  http.post<ReportDetail>('/progress/reports', input);
export const saveReport = (id: number, input: { version: number; text: string; values: ProgressValue[] }) =>
  request<ReportDetail>('PUT', `/progress/reports/${id}`, { body: input });
export const submitReport = (id: number, version: number) =>
  http.post<ReportDetail>(`/progress/reports/${id}/submit`, { version });
export const returnReport = (id: number, version: number, reason: string) =>
  http.post<ReportDetail>(`/progress/reports/${id}/return`, { version, reason });
export const acceptReport = (id: number, version: number, comment?: string) =>
  http.post<ReportDetail>(`/progress/reports/${id}/accept`, { version, comment });

export function uploadEvidence(reportId: number, file: File): Promise<Evidence> {
  const form = new FormData();
  form.append('file', file, file.name);
  return http.upload<Evidence>(`/progress/reports/${reportId}/evidence`, form);
}
export const deleteEvidence = (id: number) => request<Ok>('DELETE', `/progress/evidence/${id}`);

export const getConsolidation = (taskId: number, period: string, signal?: AbortSignal) =>
  http.get<Consolidation>('/progress/consolidation', { taskId, period }, signal);

export const listNotices = (query: { status?: NoticeStatus }, signal?: AbortSignal) =>
  http.get<{ items: Notice[] }>('/progress/notices', query, signal);
export const issueNotice = (input: NoticeInput) => http.post<Notice>('/progress/notices', input);
export const acknowledgeNotice = (id: number, reply: string) =>
  http.post<Notice>(`/progress/notices/${id}/acknowledge`, { reply });

export const getTargetLinks = (signal?: AbortSignal) =>
  http.get<TargetLinks>('/progress/target-links', undefined, signal);
export const setTaskTargets = (taskId: number, targetIds: number[]) =>
  request<{ taskId: number; taskTitle: string; targets: LinkedTarget[] }>('PUT', `/progress/tasks/${taskId}/targets`, {
    body: { targetIds },
  });
export const getTargetTasks = (targetId: number, period?: string, signal?: AbortSignal) =>
  http.get<TargetTasks>(`/targets/${targetId}/tasks`, { period }, signal);
