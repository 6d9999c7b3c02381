// Chinese labels for the trace vocabulary, shared by the trace, disposal and incident pages.
import type { EdgeKind } from '../../api/trace.ts';

export const EDGE_KIND_LABELS: Record<EdgeKind, string> = {
  commission: '生产',
  ship: '发货',
  receive: '收货',
  transform: '加工',
  aggregate: '装入',
  disaggregate: '拆出',
};

export const STATUS_LABELS: Record<string, { text: string; color: string }> = {
  sampling: { text: '已抽样', color: 'blue' },
  holding: { text: '已封存', color: 'orange' },
  recalling: { text: '已召回', color: 'volcano' },
  destroying: { text: '已销毁', color: 'red' },
};

export const LOT_KIND_LABELS: Record<string, string> = {
  lot: '批号',
  gs1: 'GS1',
  drug: '药品追溯码',
  agri: '农产品追溯码',
  hgz: '合格证',
};

/** The short readable part of a lot URN: the batch or code after the last colon. */
export function shortLot(lotId: string): string {
  const i = lotId.lastIndexOf(':');
  return i >= 0 && lotId.startsWith('urn:zl:') ? lotId.slice(i + 1) : lotId;
}

export function quantityText(q: number | null, uom: string | null): string {
  if (q === null) return '—';
  return `${q.toLocaleString('zh-CN')}${uom ? ` ${uom}` : ''}`;
}
