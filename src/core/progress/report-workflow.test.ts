import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  REPORT_STATUSES,
  type ReportAction,
  type ReportStatus,
  transition,
} from './report-workflow.ts';

const ACTIONS: ReportAction[] = ['edit', 'submit', 'return', 'accept'];

// The complete table: every (status, action) pair, allowed or not.
const EXPECTED: Record<ReportStatus, Partial<Record<ReportAction, ReportStatus>>> = {
  draft: { edit: 'draft', submit: 'submitted' },
  submitted: { return: 'returned', accept: 'accepted' },
  returned: { edit: 'draft' },
  accepted: {},
};

describe('report workflow', () => {
  for (const status of REPORT_STATUSES) {
    for (const action of ACTIONS) {
      const next = EXPECTED[status][action];
      it(`${status} --${action}--> ${next ?? 'refused'}`, () => {
        const r = transition(status, action);
        if (next === undefined) {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fa5]/);
        } else {
          expect(r).toMatchObject({ ok: true, next });
        }
      });
    }
  }

  it('opens a new revision only when a returned report is edited', () => {
    expect(transition('returned', 'edit')).toEqual({ ok: true, next: 'draft', newRevision: true });
    expect(transition('draft', 'edit')).toEqual({ ok: true, next: 'draft', newRevision: false });
  });

  it('lists the allowed actions', () => {
    expect(allowedActions('submitted')).toEqual(['return', 'accept']);
    expect(allowedActions('accepted')).toEqual([]);
  });
});
