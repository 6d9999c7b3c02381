import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles.ts';
import { seesSubject, selfEvaluates } from './subject-access.ts';

const actor = (role: Actor['role'], scope: Partial<Actor> = {}): Actor => ({
  id: 1,
  name: 'x',
  role,
  unitId: null,
  regionCode: null,
  ...scope,
});
const county = { kind: 'county' as const, regionCode: '622922', unitIds: [40] };
const dept = { kind: 'department' as const, regionCode: '622900', unitIds: [7] };

describe('who acts for an assessment subject', () => {
  it('a county evaluates its own county only', () => {
    expect(selfEvaluates(actor('county', { regionCode: '622922' }), county)).toBe(true);
    expect(selfEvaluates(actor('county', { regionCode: '622901' }), county)).toBe(false);
    expect(selfEvaluates(actor('department', { unitId: 40 }), county)).toBe(false);
  });

  it('a department evaluates its own unit only', () => {
    expect(selfEvaluates(actor('department', { unitId: 7 }), dept)).toBe(true);
    expect(selfEvaluates(actor('department', { unitId: 8 }), dept)).toBe(false);
    expect(selfEvaluates(actor('county', { regionCode: '622900' }), dept)).toBe(false);
  });

  it('before publication the office and viewers see all, units their own', () => {
    expect(seesSubject(actor('office'), county)).toBe(true);
    expect(seesSubject(actor('viewer'), dept)).toBe(true);
    expect(seesSubject(actor('county', { regionCode: '622901' }), county)).toBe(false);
    expect(seesSubject(actor('office'), dept)).toBe(true);
    expect(selfEvaluates(actor('office'), county)).toBe(false);
  });
});
