// The 监管闭环 menu group: 企业档案, 匹配确认, 双随机, 风险模型, and the public draw list.
import type { User } from '../../api/types.ts';
import { canManageSupervision, canReadSupervision } from './supervision-roles.ts';

export function supervisionMenuItems(user: User | null): { path: string; label: string }[] {
  if (!canReadSupervision(user)) return [];
  return [
    { path: '/supervision/enterprises', label: '企业档案' },
    ...(canManageSupervision(user) ? [{ path: '/supervision/matches', label: '匹配确认' }] : []),
    { path: '/supervision/draws', label: '双随机' },
    { path: '/supervision/risk-model', label: '风险分类模型' },
  ];
}

export const SUPERVISION_MENU_PATHS = [
  '/supervision/enterprises',
  '/supervision/matches',
  '/supervision/draws',
  '/supervision/risk-model',
];
