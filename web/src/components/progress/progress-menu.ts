// The 进展督办 menu group, by role: units fill in and acknowledge; the 州质量办 reviews,
// supervises and configures; read-only users see the overdue board and links.
import type { User } from '../../api/types.ts';
import { isReporter, isReviewer, seesOverview } from './progress-roles.ts';

export function progressMenuItems(user: User | null): { path: string; label: string }[] {
  if (!user) return [];
  return [
    ...(isReporter(user) ? [{ path: '/progress/my', label: '我的填报' }] : []),
    ...(isReviewer(user) ? [{ path: '/progress/review', label: '审核' }] : []),
    { path: '/progress/supervision', label: '督办' },
    ...(seesOverview(user) ? [{ path: '/progress/overdue', label: '逾期一览' }] : []),
    { path: '/progress/links', label: '任务目标关联' },
  ];
}
