// Who sees what of 监管闭环 (the server enforces it; the UI only hides what would fail):
// enterprise and draw data for staff of the 州 and the counties; changes for 州质量办 and admins.
import type { User } from '../../api/types.ts';

export function canReadSupervision(user: User | null): boolean {
  return user !== null && user.role !== 'viewer';
}

export function canManageSupervision(user: User | null): boolean {
  return user?.role === 'admin' || user?.role === 'office';
}
