import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles.ts';
import { actsFor, canReadReport, reportingUnitIds, taskUnitRoles } from './reporting-scope.ts';

const units = [
  { id: 1, kind: 'department', regionCode: '622900' },
  { id: 2, kind: 'department', regionCode: '622900' },
  { id: 10, kind: 'county_government', regionCode: '622923' },
  { id: 11, kind: 'county_government', regionCode: '622901' },
];
const actor = (role: Actor['role'], scope: Partial<Actor> = {}): Actor => ({
  id: 9,
  name: 'x',
  role,
  unitId: null,
  regionCode: null,
  ...scope,
});

describe('reporting scope', () => {
  it('lets a department report for its unit and a county for its county government', () => {
    expect(reportingUnitIds(actor('department', { unitId: 2 }), units)).toEqual([2]);
    expect(reportingUnitIds(actor('county', { regionCode: '622923' }), units)).toEqual([10]);
    expect(reportingUnitIds(actor('office'), units)).toEqual([]);
    expect(reportingUnitIds(actor('viewer'), units)).toEqual([]);
    expect(actsFor(actor('department', { unitId: 2 }), units[0]!, units)).toBe(false);
    expect(actsFor(actor('county', { regionCode: '622923' }), units[2]!, units)).toBe(true);
    expect(actsFor(actor('county', { regionCode: '622923' }), units[3]!, units)).toBe(false);
  });

  it('resolves task units with lead taking precedence over a group membership', () => {
    const idsOf = (n: string) =>
      n === '各县市人民政府' ? [10, 11] : n === '州甲' ? [1] : n === '临夏市政府' ? [11] : [];
    const roles = taskUnitRoles(['州甲', '临夏市政府'], ['各县市人民政府', '未知单位'], idsOf);
    expect([...roles]).toEqual([
      [1, 'lead'],
      [11, 'lead'],
      [10, 'responsible'],
    ]);
  });

  it('lets a lead unit read responsible units’ reports once submitted, never their drafts', () => {
    const lead = actor('department', { unitId: 1 });
    const facts = { unit: units[2]!, leadUnitIds: [1] };
    expect(canReadReport(lead, { ...facts, status: 'submitted' }, units)).toBe(true);
    expect(canReadReport(lead, { ...facts, status: 'draft' }, units)).toBe(false);
    expect(canReadReport(actor('department', { unitId: 2 }), { ...facts, status: 'submitted' }, units)).toBe(false);
    expect(canReadReport(actor('county', { regionCode: '622923' }), { ...facts, status: 'draft' }, units)).toBe(true);
    expect(canReadReport(actor('viewer'), { ...facts, status: 'draft' }, units)).toBe(true);
  });
});
