// Warning codes the parser emits when it corrects or doubts what it read. Codes are stable
// (the UI and tests match on them); messages are the Chinese text a reviewer reads.
import type { PlanWarning } from './types.ts';

export const PLAN_WARNING_CODES = {
  HEADING_RENUMBERED: 'HEADING_RENUMBERED',
  HEADING_GAP: 'HEADING_GAP',
  OCR_PLUS_AS_TEN: 'OCR_PLUS_AS_TEN',
  OCR_PERCENT: 'OCR_PERCENT',
  TEXT_UNWRAPPED: 'TEXT_UNWRAPPED',
  SECTION_TITLE_GUESSED: 'SECTION_TITLE_GUESSED',
  TASK_NO_LEAD: 'TASK_NO_LEAD',
  TASK_NO_UNITS: 'TASK_NO_UNITS',
} as const;

export type PlanWarningCode = keyof typeof PLAN_WARNING_CODES;

export function planWarning(code: PlanWarningCode, message: string, offset?: number): PlanWarning {
  return offset === undefined ? { code, message } : { code, message, offset };
}
