// Role labels and the few permission checks the UI makes. The server enforces permissions; the UI
// only hides what a role cannot use so people are not offered buttons that would fail.
import type { Role, User } from '../api/types.ts';

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  office: '州质量办',
  department: '部门',
  county: '县市',
  viewer: '只读',
};

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
}));

export function isAdmin(user: User | null): boolean {
  return user?.role === 'admin';
}

/** Import monitoring records (records.import): everyone but read-only accounts. */
export function canImportRecords(user: User | null): boolean {
  return user !== null && user.role !== 'viewer';
}

/** Import plans and confirm unit names: 州质量办 and administrators. */
export function canManagePlans(user: User | null): boolean {
  return user?.role === 'admin' || user?.role === 'office';
}
