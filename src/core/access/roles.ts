// Roles and scope rules. Who may do what is decided here, in one place, so routes only name
// the permission they need and services ask whether an actor may touch a unit or a region.

export const ROLES = ['admin', 'office', 'department', 'county', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  office: '州质量办',
  department: '部门',
  county: '县市',
  viewer: '只读',
};

export type Permission =
  | 'plan.read'
  | 'plan.import'
  | 'progress.read'
  | 'progress.report'
  | 'progress.review'
  | 'progress.supervise'
  | 'progress.configure'
  | 'progress.overview'
  | 'unit.manage'
  | 'unit.contact.edit'
  | 'user.manage'
  | 'audit.read'
  | 'records.import'
  | 'records.read'
  | 'demo.manage'
  | 'indicators.read'
  | 'enterprise.read'
  | 'enterprise.manage'
  | 'draw.read'
  | 'draw.manage'
  | 'trace.read'
  | 'trace.capture'
  | 'disposal.read'
  | 'disposal.manage'
  | 'incident.read'
  | 'incident.manage'
  | 'supervision.configure'
  | 'assessment.read'
  | 'assessment.self'
  | 'assessment.manage'
  | 'reports.generate'
  | 'disclosure.manage';

// Department and county users do the same work, each within its own scope (a unit or a region:
// coversUnit / coversRegion), so they hold the same permissions.
const UNIT_GRANTS: readonly Permission[] = [
  'plan.read',
  'progress.read',
  'progress.report',
  'unit.contact.edit',
  'records.import',
  'records.read',
  'indicators.read',
  'enterprise.read',
  'draw.read',
  'trace.read',
  'trace.capture',
  'disposal.read',
  'disposal.manage',
  'incident.read',
  'incident.manage',
  'assessment.read',
  'assessment.self',
];

// The 州质量办's work: the plan, progress and its supervision, records, the supervision loop,
// assessment, reports and disclosure.
const OFFICE_GRANTS: readonly Permission[] = [
  'plan.read',
  'progress.read',
  'progress.review',
  'progress.supervise',
  'progress.configure',
  'progress.overview',
  'plan.import',
  'unit.manage',
  'unit.contact.edit',
  'records.import',
  'records.read',
  'indicators.read',
  'enterprise.read',
  'enterprise.manage',
  'draw.read',
  'draw.manage',
  'trace.read',
  'trace.capture',
  'disposal.read',
  'disposal.manage',
  'incident.read',
  'incident.manage',
  'supervision.configure',
  'assessment.read',
  'assessment.manage',
  'reports.generate',
  'disclosure.manage',
];

const GRANTS: Record<Role, readonly Permission[]> = {
  // The administrator does the office's work and also runs the platform: users, audit, demo data.
  admin: [...OFFICE_GRANTS, 'user.manage', 'audit.read', 'demo.manage'],
  office: OFFICE_GRANTS,
  department: UNIT_GRANTS,
  county: UNIT_GRANTS,
  viewer: [
    'plan.read',
    'progress.read',
    'progress.overview',
    'records.read',
    'indicators.read',
    'trace.read',
    'disposal.read',
    'incident.read',
    'assessment.read',
  ],
};

export interface Actor {
  id: number;
  name: string;
  role: Role;
  unitId: number | null;
  regionCode: string | null;
}

export function can(actor: Actor, permission: Permission): boolean {
  return GRANTS[actor.role].includes(permission);
}

/** Whether the actor's scope covers a unit: 州-wide roles all, a department its own unit, a county its region's units. */
export function coversUnit(actor: Actor, unit: { id: number; regionCode: string | null }): boolean {
  switch (actor.role) {
    case 'admin':
    case 'office':
      return true;
    case 'department':
      return actor.unitId === unit.id;
    case 'county':
      return actor.regionCode !== null && actor.regionCode === unit.regionCode;
    case 'viewer':
      return false;
  }
}

/** Whether the actor's scope covers a region's data: 州-wide roles all, a county its own region. */
export function coversRegion(actor: Actor, regionCode: string): boolean {
  if (actor.role === 'admin' || actor.role === 'office' || actor.role === 'viewer') return true;
  if (actor.role === 'county') return actor.regionCode === regionCode;
  return true; // a department's data are 州-wide; its write scope is its unit (coversUnit)
}
