// Who may act for an assessment subject. The 州质量办 (and administrators) score, review and
// publish; a county user evaluates its own county, a department user its own unit. Scope is the
// roles module's (coversRegion / coversUnit), so the assessment cannot widen it.
import { type Actor, coversRegion, coversUnit } from '../access/roles.ts';
import type { SubjectKind } from './rule-set.ts';

export interface SubjectRef {
  kind: SubjectKind;
  regionCode: string | null;
  unitIds: readonly number[];
}

export function isOffice(actor: Actor): boolean {
  return actor.role === 'office' || actor.role === 'admin';
}

/** Whether the actor fills in this subject's self-evaluation. */
export function selfEvaluates(actor: Actor, s: SubjectRef): boolean {
  if (s.kind === 'county') return actor.role === 'county' && s.regionCode !== null && coversRegion(actor, s.regionCode);
  return actor.role === 'department' && s.unitIds.some((id) => coversUnit(actor, { id, regionCode: s.regionCode }));
}

/** Before publication: the office and viewers see every subject, a unit only its own. */
export function seesSubject(actor: Actor, s: SubjectRef): boolean {
  if (isOffice(actor) || actor.role === 'viewer') return true;
  return selfEvaluates(actor, s);
}
