// Status colours (screens.md): 达标 green, 预警 amber, 未达标 red, 数据不足 grey. One place so the
// board, the cockpit, the charts and the tags all agree.
import type { IndicatorStatus } from '../api/indicator-types.ts';

export const STATUS_ORDER: readonly IndicatorStatus[] = ['达标', '预警', '未达标', '数据不足'];

/** Hex colours for charts (antd's green-6, gold-6, red-6 and a neutral grey). */
export const STATUS_HEX: Record<IndicatorStatus, string> = {
  达标: '#52c41a',
  预警: '#faad14',
  未达标: '#ff4d4f',
  数据不足: '#bfbfbf',
};

/** antd Tag preset colours with the same meaning. */
export const STATUS_TAG_COLOR: Record<IndicatorStatus, string> = {
  达标: 'success',
  预警: 'warning',
  未达标: 'error',
  数据不足: 'default',
};

export function statusHex(status: IndicatorStatus | undefined | null): string {
  return status ? (STATUS_HEX[status] ?? STATUS_HEX.数据不足) : STATUS_HEX.数据不足;
}

/** Counts per status, every status present (zero when none). */
export function countByStatus(items: readonly { status: IndicatorStatus }[]): Record<IndicatorStatus, number> {
  const counts: Record<IndicatorStatus, number> = { 达标: 0, 预警: 0, 未达标: 0, 数据不足: 0 };
  for (const item of items) if (item.status in counts) counts[item.status] += 1;
  return counts;
}
