import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DISPOSAL_CONFIG,
  DisposalConfigSchema,
  dueAt,
  isActionOverdue,
  isCaseOverdue,
  pendingRequired,
} from './disposal-rules.ts';

const opened = '2024-06-01T00:00:00.000Z';

describe('disposal rules', () => {
  it('counts deadlines in days from opening', () => {
    expect(dueAt(opened, 3)).toBe('2024-06-04T00:00:00.000Z');
    expect(dueAt(opened, 0)).toBe(opened);
  });

  it('is overdue only past the deadline and while not done', () => {
    const a = { kind: '下架', required: true, dueAt: dueAt(opened, 1), doneAt: null };
    expect(isActionOverdue(a, new Date('2024-06-02T00:00:00.000Z'))).toBe(false);
    expect(isActionOverdue(a, new Date('2024-06-02T00:00:01.000Z'))).toBe(true);
    expect(isActionOverdue({ ...a, doneAt: '2024-06-05T00:00:00.000Z' }, new Date('2024-06-09T00:00:00.000Z'))).toBe(
      false,
    );
    expect(isCaseOverdue('closed', [a], new Date('2025-01-01T00:00:00.000Z'))).toBe(false);
    expect(isCaseOverdue('open', [a], new Date('2025-01-01T00:00:00.000Z'))).toBe(true);
  });

  it('needs every required action done to close', () => {
    const actions = DEFAULT_DISPOSAL_CONFIG.sample.map((r) => ({
      kind: r.kind,
      required: r.required,
      dueAt: dueAt(opened, r.days),
      doneAt: null,
    }));
    expect(pendingRequired(actions).map((a) => a.kind)).toEqual(['下架', '召回', '立案', '整改']);
    const done = actions.map((a) => (a.required ? { ...a, doneAt: opened } : a));
    expect(pendingRequired(done)).toEqual([]);
  });

  it('validates a configuration', () => {
    expect(DisposalConfigSchema.safeParse(DEFAULT_DISPOSAL_CONFIG).success).toBe(true);
    const dup = {
      ...DEFAULT_DISPOSAL_CONFIG,
      sample: [
        { kind: '下架', days: 1, required: true },
        { kind: '下架', days: 2, required: true },
      ],
    };
    expect(DisposalConfigSchema.safeParse(dup).success).toBe(false);
    expect(
      DisposalConfigSchema.safeParse({
        ...DEFAULT_DISPOSAL_CONFIG,
        incident: [{ kind: '封存', days: 1, required: true }],
      }).success,
    ).toBe(false);
  });
});
