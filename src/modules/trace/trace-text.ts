// A lot's trace as plain text, for the command line (`npx zhiliang trace lot`).
import { EDGE_KIND_LABELS } from '../../core/trace/event-model.ts';
import { formatWithOffset } from '../../core/trace/event-time.ts';
import type { TraceGraph } from './trace-service.ts';

/** A lot's trace as lines a person reads: backward then forward, in time order. */
export function formatTrace(g: TraceGraph): string {
  const name = new Map(
    g.nodes.map((n) => [
      n.type === 'lot' ? n.lotId : n.creditCode,
      n.type === 'party' ? (n.name ?? n.creditCode) : n.label,
    ]),
  );
  const party = (p: string | null) => (p ? (name.get(p) ?? p) : '—');
  const lot = (l: string) => name.get(l) ?? l;
  const root = g.nodes.find((n) => n.root);
  const out = [`批次 ${g.root}${root?.productName ? `(${root.productName})` : ''}`];
  if (root?.status?.length) out.push(`状态: ${root.status.join('、')}`);
  for (const d of ['backward', 'forward'] as const) {
    const edges = g.edges.filter((e) => e.direction === d);
    if (g.direction !== 'both' && g.direction !== d) continue;
    out.push('', d === 'backward' ? `来源(${edges.length} 条)` : `去向(${edges.length} 条)`);
    for (const e of edges) {
      const what = e.fromLot === e.toLot ? lot(e.fromLot) : `${lot(e.fromLot)} → ${lot(e.toLot)}`;
      const qty = e.quantity === null ? '' : ` ${e.quantity}${e.uom ?? ''}`;
      // Shown in Beijing time, the zone the bureau works in.
      out.push(
        `  ${formatWithOffset(e.time, '+08:00').slice(0, 16).replace('T', ' ')}  ${EDGE_KIND_LABELS[e.kind]}  ${what}  ${party(e.fromParty)} → ${party(e.toParty)}${qty}`,
      );
    }
  }
  if (g.cycles.length > 0) out.push('', `警告: 追溯关系存在环路 ${g.cycles.map((c) => c.join(' → ')).join(';')}`);
  if (g.truncated) out.push('', '提示: 追溯图过大,只显示了一部分');
  return out.join('\n');
}
