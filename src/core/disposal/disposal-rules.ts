// 核查处置 rules: which actions a case needs, their deadlines (days from opening, configurable),
// when an action or a case is overdue, and when a case may close. Times are ISO 8601 UTC strings.
import { z } from 'zod';

export const ACTION_KINDS = ['下架', '召回', '立案', '整改', '复检'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const CASE_ORIGINS = ['sample', 'incident'] as const;
export type CaseOrigin = (typeof CASE_ORIGINS)[number];

const ActionRuleSchema = z.object({
  kind: z.enum(ACTION_KINDS),
  days: z.number().int().min(0).max(365),
  required: z.boolean(),
});

const ActionListSchema = z
  .array(ActionRuleSchema)
  .min(1)
  .refine((list) => new Set(list.map((a) => a.kind)).size === list.length, '同一处置措施不能重复配置');

/** Per kind of case, the actions opened with it. */
export const DisposalConfigSchema = z.object({ sample: ActionListSchema, incident: ActionListSchema });
export type DisposalConfig = z.infer<typeof DisposalConfigSchema>;
export type ActionRule = z.infer<typeof ActionRuleSchema>;

// Defaults follow common practice for a failed food sample: take the batch off the shelves at
// once, recall within days, open an enforcement case within a week, rectify within a fortnight;
// a re-test is arranged when the producer asks for one, so it is not required to close.
export const DEFAULT_DISPOSAL_CONFIG: DisposalConfig = {
  sample: [
    { kind: '下架', days: 1, required: true },
    { kind: '召回', days: 3, required: true },
    { kind: '立案', days: 7, required: true },
    { kind: '整改', days: 15, required: true },
    { kind: '复检', days: 30, required: false },
  ],
  incident: [
    { kind: '下架', days: 1, required: true },
    { kind: '召回', days: 3, required: true },
    { kind: '立案', days: 7, required: true },
    { kind: '整改', days: 30, required: true },
  ],
};

const DAY_MS = 86_400_000;

export function dueAt(openedAt: string, days: number): string {
  return new Date(Date.parse(openedAt) + days * DAY_MS).toISOString();
}

export interface ActionState {
  kind: string;
  required: boolean;
  dueAt: string;
  doneAt: string | null;
}

/** Not done and its deadline has passed. */
export function isActionOverdue(a: ActionState, now: Date): boolean {
  return a.doneAt === null && Date.parse(a.dueAt) < now.getTime();
}

export function isCaseOverdue(status: string, actions: readonly ActionState[], now: Date): boolean {
  return status === 'open' && actions.some((a) => isActionOverdue(a, now));
}

/** Required actions still open: a case closes only when this is empty. */
export function pendingRequired(actions: readonly ActionState[]): ActionState[] {
  return actions.filter((a) => a.required && a.doneAt === null);
}
