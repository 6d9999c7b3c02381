import { describe, expect, it } from 'vitest';
import { deadlineOf } from './deadline-colour.ts';

const due = '2023-07-05';

describe('deadlineOf', () => {
  it.each([
    ['2023-06-20', 'green', 15],
    ['2023-06-29', 'green', 6],
    ['2023-06-30', 'yellow', 5],
    ['2023-07-05', 'yellow', 0],
    ['2023-07-06', 'red', -1],
    ['2024-01-01', 'red', -180],
  ] as const)('an open report on %s is %s (%i days left)', (today, colour, daysLeft) => {
    expect(deadlineOf({ due, today, warnDays: 5, submittedOn: null })).toEqual({ colour, daysLeft, late: false });
  });

  it('honours the configured warning window', () => {
    expect(deadlineOf({ due, today: '2023-06-25', warnDays: 10, submittedOn: null }).colour).toBe('yellow');
    expect(deadlineOf({ due, today: '2023-07-04', warnDays: 0, submittedOn: null }).colour).toBe('green');
    expect(deadlineOf({ due, today: '2023-07-05', warnDays: 0, submittedOn: null }).colour).toBe('yellow');
  });

  it('shows a delivered report green, remembering when it came in late', () => {
    expect(deadlineOf({ due, today: '2023-08-01', warnDays: 5, submittedOn: '2023-07-05' })).toMatchObject({
      colour: 'green',
      late: false,
    });
    expect(deadlineOf({ due, today: '2023-08-01', warnDays: 5, submittedOn: '2023-07-06' })).toMatchObject({
      colour: 'green',
      late: true,
    });
  });
});
