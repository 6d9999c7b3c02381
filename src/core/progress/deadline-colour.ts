// The three supervision colours. An open report (nothing submitted yet, or returned) is red once
// its due date has passed, yellow when due within warnDays (the due date itself included), green
// otherwise. A submitted or accepted report is green; `late` keeps the fact that it came in after
// the due date. A returned report keeps its period's due date: being sent back does not buy time
// (the office can set a new deadline with a 督办单).
import { daysBetween } from './periods.ts';

export type DeadlineColour = 'green' | 'yellow' | 'red';

export interface DeadlineInput {
  due: string;
  today: string;
  warnDays: number;
  /** Date (YYYY-MM-DD) the report now on file was submitted; null while nothing is submitted. */
  submittedOn: string | null;
}

export interface Deadline {
  colour: DeadlineColour;
  /** Days from today to the due date: 0 on the day, negative when overdue. */
  daysLeft: number;
  /** Submitted after its due date. */
  late: boolean;
}

export function deadlineOf(d: DeadlineInput): Deadline {
  const daysLeft = daysBetween(d.today, d.due);
  if (d.submittedOn !== null) return { colour: 'green', daysLeft, late: d.submittedOn > d.due };
  if (daysLeft < 0) return { colour: 'red', daysLeft, late: false };
  if (daysLeft <= d.warnDays) return { colour: 'yellow', daysLeft, late: false };
  return { colour: 'green', daysLeft, late: false };
}

export const COLOUR_RANK: Record<DeadlineColour, number> = { red: 0, yellow: 1, green: 2 };
