// The report workflow: draft → submitted → returned (with a reason) or accepted. A returned
// report is revised as a new version (the returned one stays in the history, untouched), which
// starts again as a draft. Accepted is final. Only the transitions listed here exist.

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export type ReportAction = 'edit' | 'submit' | 'return' | 'accept';

export const STATUS_LABELS: Record<ReportStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  accepted: '已通过',
};

const TRANSITIONS: Record<ReportStatus, Partial<Record<ReportAction, ReportStatus>>> = {
  draft: { edit: 'draft', submit: 'submitted' },
  submitted: { return: 'returned', accept: 'accepted' },
  returned: { edit: 'draft' },
  accepted: {},
};

// Why an action is refused, in the words a user needs to decide what to do next.
const REFUSALS: Record<ReportStatus, string> = {
  draft: '报告尚未提交,不能审核',
  submitted: '报告已提交,等待州质量办审核,不能再修改或重复提交',
  returned: '报告已退回,请修改后重新提交',
  accepted: '报告已审核通过,不能再修改',
};

export type TransitionResult = { ok: true; next: ReportStatus; newRevision: boolean } | { ok: false; message: string };

export function transition(status: ReportStatus, action: ReportAction): TransitionResult {
  const next = TRANSITIONS[status][action];
  if (next === undefined) return { ok: false, message: REFUSALS[status] };
  // Editing a returned report opens a new version; the returned one is kept as it was.
  return { ok: true, next, newRevision: status === 'returned' && action === 'edit' };
}

export function allowedActions(status: ReportStatus): ReportAction[] {
  return Object.keys(TRANSITIONS[status]) as ReportAction[];
}

/** Submitted or accepted: the unit has delivered for the period. */
export function isDelivered(status: ReportStatus): boolean {
  return status === 'submitted' || status === 'accepted';
}
