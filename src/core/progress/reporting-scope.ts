// Who reports for whom. A department user reports for its own unit; a county user for its
// county government (its region's county_government unit). A unit reports on a task only when the
// plan names it, directly or through a group name (各县市人民政府), as lead or responsible unit.
// Reading is wider: 州-wide roles read everything, a unit reads its own reports, and a task's
// lead unit reads its responsible units' reports once they are submitted (to consolidate them).
import { type Actor, coversUnit } from '../access/roles.ts';
import type { ReportStatus } from './report-workflow.ts';

export type TaskRole = 'lead' | 'responsible';

export interface ScopeUnit {
  id: number;
  kind: string;
  regionCode: string | null;
}

/** Ids of the units the actor fills in reports for. */
export function reportingUnitIds(actor: Actor, units: readonly ScopeUnit[]): number[] {
  if (actor.role === 'department') {
    return actor.unitId !== null && units.some((u) => u.id === actor.unitId) ? [actor.unitId] : [];
  }
  if (actor.role === 'county') {
    return units
      .filter((u) => u.kind === 'county_government' && actor.regionCode !== null && u.regionCode === actor.regionCode)
      .map((u) => u.id);
  }
  return [];
}

/** Whether the actor may write for a unit: it must be one of its reporting units and in its scope. */
export function actsFor(actor: Actor, unit: ScopeUnit, units: readonly ScopeUnit[]): boolean {
  return reportingUnitIds(actor, units).includes(unit.id) && coversUnit(actor, unit);
}

/**
 * Each unit of a task with its role; a unit named as lead and (through a group) as responsible is
 * the lead. `idsOf` resolves a name as written to unit ids (a group to its members).
 */
export function taskUnitRoles(
  lead: readonly string[],
  responsible: readonly string[],
  idsOf: (name: string) => number[],
): Map<number, TaskRole> {
  const roles = new Map<number, TaskRole>();
  for (const n of lead) for (const id of idsOf(n)) roles.set(id, 'lead');
  for (const n of responsible) for (const id of idsOf(n)) if (!roles.has(id)) roles.set(id, 'responsible');
  return roles;
}

export interface ReportAccessFacts {
  unit: ScopeUnit;
  status: ReportStatus;
  /** Units that lead the report's task. */
  leadUnitIds: readonly number[];
}

export function canReadReport(actor: Actor, r: ReportAccessFacts, units: readonly ScopeUnit[]): boolean {
  if (actor.role === 'admin' || actor.role === 'office' || actor.role === 'viewer') return true;
  if (coversUnit(actor, r.unit)) return true;
  // A draft is the unit's own working copy; the lead sees it once it is submitted.
  if (r.status === 'draft') return false;
  return reportingUnitIds(actor, units).some((id) => r.leadUnitIds.includes(id));
}
