// Which roles see which 进展督办 pages. The server enforces the same rules; these only decide what
// the menu and the pages offer, so nobody is shown a button that would fail.
import type { Role, User } from '../../api/types.ts';

export const REPORTER_ROLES: Role[] = ['department', 'county'];
export const REVIEWER_ROLES: Role[] = ['office', 'admin'];
export const OVERVIEW_ROLES: Role[] = ['office', 'admin', 'viewer'];

export const isReporter = (u: User | null) => u !== null && REPORTER_ROLES.includes(u.role);
export const isReviewer = (u: User | null) => u !== null && REVIEWER_ROLES.includes(u.role);
export const seesOverview = (u: User | null) => u !== null && OVERVIEW_ROLES.includes(u.role);
