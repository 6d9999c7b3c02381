// One line of a score's explanation: which rule gave how many points, on what data, and where
// that data can be seen (an indicator's drill-down, a unit's reports, the incident register).
import { roundGbt8170 } from '../standards/index.ts';

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
  /** The rule's full points (null for deductions, bonuses and the veto). */
  max: number | null;
  /** Points given; negative for deductions. */
  points: number;
  /** The sentence that explains the points. */
  basis: string;
  /** Supporting lines: one per indicator, report or entry behind the points. */
  details: string[];
  sources: ItemSource[];
}

/** Points are kept to two decimals, rounded as GB/T 8170 rounds (half to even). */
export function pts(x: number): number {
  return roundGbt8170(x, 2);
}

/** Number for a sentence: up to two decimals, no trailing zeros. */
export function num(x: number, decimals = 2): string {
  return String(Number(x.toFixed(decimals)));
}
