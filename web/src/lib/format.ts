// Display formats shared by pages: dates as the design asks (YYYY-MM-DD), targets as "≥ 97%".
import dayjs from 'dayjs';
import type { Comparator, Target } from '../api/types.ts';

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm:ss') : value;
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD') : value;
}

const COMPARATOR_SIGNS: Record<Comparator, string> = {
  '>=': '≥',
  '<=': '≤',
  '=': '=',
  increase: '提升',
  decrease: '下降',
};

/** "≥ 97%", "= 100%", "下降" (qualitative targets carry no number). */
export function formatTarget(target: Pick<Target, 'comparator' | 'value' | 'unit'>): string {
  const sign = COMPARATOR_SIGNS[target.comparator] ?? target.comparator;
  if (target.value === null || target.value === undefined) return sign;
  if ((target.comparator === 'increase' || target.comparator === 'decrease') && target.value === 0) return sign;
  return `${sign} ${target.value}${target.unit ?? ''}`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('zh-CN');
}
