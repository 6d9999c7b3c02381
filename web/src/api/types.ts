// Response and request shapes of the REST API, transcribed from docs/api.md.
// Keep this file in step with the contract; the server's zod schemas are the source of truth.

export type Role = 'admin' | 'office' | 'department' | 'county' | 'viewer';

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  unitName: string | null;
  regionCode: string | null;
  regionName: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
}

export interface ErrorDetail {
  file?: string;
  row?: number;
  column?: number | string;
  message: string;
}

export interface ErrorBody {
  error: { code: string; message: string; details?: ErrorDetail[] };
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ItemList<T> {
  items: T[];
}

export interface Ok {
  ok: true;
}

/** Changing the password rotates the session, so the answer carries the new CSRF token. */
export interface PasswordChangeResponse {
  ok: true;
  csrfToken?: string;
}

// --- Auth ---

export interface SessionResponse {
  user: User | null;
  csrfToken: string;
}

export interface LoginResponse {
  user: User;
  csrfToken: string;
}

// --- Organisation ---

export type RegionLevel = 'prefecture' | 'county';

export interface Region {
  code: string;
  name: string;
  shortName: string;
  level: RegionLevel;
  parentCode: string | null;
}

export type UnitKind = 'department' | 'county_government' | 'development_zone';

export interface Unit {
  id: number;
  name: string;
  shortName: string;
  kind: UnitKind;
  regionCode: string | null;
  aliases: string[];
  contactPerson?: string | null;
  contactPhone?: string | null;
}

// --- Plans ---

export interface PlanListItem {
  id: number;
  title: string;
  year: number | null;
  version: number;
  sourceName: string;
  importedAt: string;
  /** The importing user's display name. */
  importedBy: string | null;
  current: boolean;
  taskCount: number;
  targetCount: number;
}

/** Character offsets into the plan's sourceText; null where the server could not locate the item. */
export type Offset = number | null;

export interface PlanSection {
  id: number;
  seq?: number;
  /** Normalised heading number: "一", "(一)", "1.", "(1)". */
  number: string;
  title: string;
  /** 1 for 一、, 2 for (一), 3 for 1., 4 for (1). */
  level: number;
  /** Slash-joined numbers from the top, e.g. "二/(一)". */
  path: string;
  text: string;
  start: Offset;
  end: Offset;
}

export interface UnitRef {
  name: string;
  unitId: number | null;
  /** Present when the name is a group (e.g. 各县市人民政府): the units it expands to. */
  groupOf?: UnitRef[];
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

export type Comparator = '>=' | '<=' | '=' | 'increase' | 'decrease';

export interface Target {
  id: number;
  seq: number;
  text: string;
  indicator: string;
  comparator: Comparator;
  /** Qualitative targets ("明显下降") may carry no number. */
  value: number | null;
  unit: string;
  year: number | null;
  sectionPath: string;
  taskId: number | null;
  start: Offset;
  end: Offset;
}

export interface PlanUnmatchedUnit {
  name: string;
  kind?: string;
}

export interface PlanWarning {
  code: string;
  message: string;
}

export interface PlanDetail {
  id: number;
  title: string;
  year: number | null;
  version: number;
  sourceName: string;
  importedAt: string;
  sourceText: string;
  sections: PlanSection[];
  tasks: TaskSummary[];
  targets: Target[];
  unmatchedUnits: PlanUnmatchedUnit[];
  warnings: PlanWarning[];
}

export interface PlanImportResponse {
  plan: { id: number; version: number; title: string };
  unmatchedUnits: PlanUnmatchedUnit[];
  warnings: PlanWarning[];
}

// --- Tasks ---

export type TaskUnitRole = 'lead' | 'responsible' | 'any';

export interface TaskQuery {
  planId?: number;
  unitId?: number;
  role?: TaskUnitRole;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface TaskDetail extends TaskSummary {
  planId?: number;
  text: string;
  start?: Offset;
  end?: Offset;
  sectionText: string;
  targets: Target[];
}

// --- Unit responsibilities ---

export interface ResponsibilityTarget extends Target {
  taskTitle: string;
  role: 'lead' | 'responsible';
}

export interface UnitResponsibilities {
  unit: Unit;
  planId?: number;
  leads: TaskSummary[];
  supports: TaskSummary[];
  targets: ResponsibilityTarget[];
}

// --- Users ---

export interface UserCreateInput {
  username: string;
  displayName: string;
  role: Role;
  unitId?: number;
  regionCode?: string;
}

/** null clears a scope that no longer fits the role. */
export interface UserPatchInput {
  displayName?: string;
  role?: Role;
  unitId?: number | null;
  regionCode?: string | null;
  disabled?: boolean;
}

export interface UserCreateResponse {
  user: User;
  initialPassword: string;
}

// --- Audit ---

export interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  /** The entity as it was before and after the action (secrets redacted by the server). */
  before: unknown;
  after: unknown;
  ip: string | null;
}

export interface AuditQuery {
  page?: number;
  pageSize?: number;
  /** Matches part of the actor's name. */
  actor?: string;
  action?: string;
  entity?: string;
}

export interface Health {
  ok: true;
  engine: 'sqlite' | 'postgres';
  version: string;
}
