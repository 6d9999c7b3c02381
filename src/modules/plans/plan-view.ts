// Shapes stored plans for readers: unit names as written, resolved live against the registry
// (so a name confirmed after import matches from then on), and group names with their members.
import type { UnitMatcher } from '../../core/org/match-unit.ts';
import type { PlanContent, StoredTask } from './plan-repository.ts';

export interface UnitRef {
  name: string;
  unitId: number | null;
  groupOf?: { name: string; unitId: number }[];
}

export interface TaskSummary {
  id: number;
  seq: number;
  sectionPath: string;
  sectionTitle: string;
  title: string;
  lead: UnitRef[];
  responsible: UnitRef[];
}

export function unitRef(name: string, matcher: UnitMatcher): UnitRef {
  const m = matcher.match(name);
  if (m.type === 'unit') return { name, unitId: m.unit.id };
  if (m.type === 'group')
    return { name, unitId: null, groupOf: m.members.map((u) => ({ name: u.name, unitId: u.id })) };
  return { name, unitId: null };
}

export function taskSummary(t: StoredTask, plan: PlanContent, matcher: UnitMatcher): TaskSummary {
  return {
    id: t.id,
    seq: t.seq,
    sectionPath: t.sectionPath,
    sectionTitle: plan.sections.find((s) => s.path === t.sectionPath)?.title ?? '',
    title: t.title,
    lead: t.lead.map((n) => unitRef(n, matcher)),
    responsible: t.responsible.map((n) => unitRef(n, matcher)),
  };
}

/** Every distinct unit name of the plan that matches nothing in the registry. */
export function unmatchedNames(plan: PlanContent, matcher: UnitMatcher): string[] {
  const names = new Set(plan.tasks.flatMap((t) => [...t.lead, ...t.responsible]));
  return [...names].filter((n) => matcher.match(n).type === 'none');
}
