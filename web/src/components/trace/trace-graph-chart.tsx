// The trace as a force-free layered graph: lots (squares) and parties (circles), laid out left
// to right by the order goods reach them, so backward is on the left and forward on the right.
import { useEffect, useMemo, useRef } from 'react';
import type { GraphNode, TraceGraph } from '../../api/trace.ts';
import { init, type TraceChartOption } from './trace-echarts.ts';
import { EDGE_KIND_LABELS, quantityText, shortLot } from './trace-labels.ts';

const COLORS = { root: '#cf1322', lot: '#1677ff', party: '#52c41a' };

/** Column of each node: longest path from any source, so flows read left to right. */
function layers(nodes: GraphNode[], links: { source: string; target: string }[]): Map<string, number> {
  const depth = new Map(nodes.map((n) => [n.id, 0]));
  // Bellman-Ford style relaxation, bounded by the node count so a cycle cannot spin.
  for (let round = 0; round < nodes.length; round++) {
    let changed = false;
    for (const l of links) {
      const d = (depth.get(l.source) ?? 0) + 1;
      if (d > (depth.get(l.target) ?? 0) && d <= nodes.length) {
        depth.set(l.target, d);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return depth;
}

export function TraceGraphChart({ graph, height = 520 }: { graph: TraceGraph; height?: number }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  const option = useMemo<TraceChartOption>(() => {
    // Ship/receive go party → party (the lot on the label); processing goes lot → lot; the lot
    // is tied to the party where it was made or processed.
    const linkMap = new Map<string, { source: string; target: string; label: string; kind: string }>();
    const add = (source: string, target: string, kind: string, label: string) => {
      const k = `${source}|${target}|${kind}`;
      const prev = linkMap.get(k);
      linkMap.set(k, { source, target, kind, label: prev ? `${prev.label};${label}` : label });
    };
    for (const e of graph.edges) {
      const q = quantityText(e.quantity, e.uom);
      if (e.kind === 'ship' && e.fromParty && e.toParty)
        add(`party:${e.fromParty}`, `party:${e.toParty}`, e.kind, `${shortLot(e.fromLot)} ${q}`);
      else if (e.kind === 'commission' && e.toParty) add(`party:${e.toParty}`, `lot:${e.toLot}`, e.kind, `生产 ${q}`);
      else if (e.kind !== 'receive' && e.kind !== 'ship')
        add(`lot:${e.fromLot}`, `lot:${e.toLot}`, e.kind, `${EDGE_KIND_LABELS[e.kind]} ${q}`);
      if (e.kind === 'transform' && e.toParty) add(`lot:${e.toLot}`, `party:${e.toParty}`, 'made-at', '加工于');
    }
    const links = [...linkMap.values()];
    const used = new Set(links.flatMap((l) => [l.source, l.target]));
    const nodes = graph.nodes.filter((n) => used.has(n.id) || n.root);
    const depth = layers(nodes, links);
    const perColumn = new Map<number, number>();
    const nodeTips: string[] = [];
    // ECharts passes the item's index; the texts live beside the option, not inside its items.
    const tip = (p: unknown) => {
      const { dataType, dataIndex } = p as { dataType?: string; dataIndex: number };
      return (dataType === 'edge' ? links[dataIndex]?.label : nodeTips[dataIndex]) ?? '';
    };
    return {
      tooltip: { formatter: tip },
      series: [
        {
          type: 'graph',
          layout: 'none',
          roam: true,
          draggable: true,
          edgeSymbol: ['none', 'arrow'],
          edgeSymbolSize: 8,
          label: { show: true, position: 'bottom', fontSize: 11 },
          edgeLabel: {
            show: links.length <= 60,
            fontSize: 10,
            formatter: (p: unknown) => links[(p as { dataIndex: number }).dataIndex]?.label ?? '',
          },
          lineStyle: { color: '#999', curveness: 0.15, width: 1.5 },
          data: nodes.map((n) => {
            const x = depth.get(n.id) ?? 0;
            const y = perColumn.get(x) ?? 0;
            perColumn.set(x, y + 1);
            const isLot = n.type === 'lot';
            nodeTips.push(
              isLot
                ? `批次 ${n.lotId}${n.productName ? `<br/>${n.productName}` : ''}${n.status?.length ? `<br/>状态:${n.status.join('、')}` : ''}`
                : `${n.name ?? '(名称未登记)'}<br/>${n.creditCode}${n.regionCode ? `<br/>${n.regionCode}` : ''}`,
            );
            return {
              id: n.id,
              name: isLot ? shortLot(n.lotId ?? n.label) : (n.name ?? n.creditCode ?? n.label),
              x: x * 220,
              y: y * 90,
              symbol: isLot ? 'rect' : 'circle',
              symbolSize: n.root ? 26 : 18,
              itemStyle: { color: n.root ? COLORS.root : isLot ? COLORS.lot : COLORS.party },
            };
          }),
          links: links.map((l) => ({
            source: l.source,
            target: l.target,
            lineStyle:
              l.kind === 'made-at'
                ? { type: 'dashed' as const, opacity: 0.5 }
                : l.kind === 'transform'
                  ? { color: '#fa8c16', width: 2 }
                  : {},
          })),
        },
      ],
    };
  }, [graph]);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const instance = init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={host} role="img" aria-label="批次追溯图" style={{ width: '100%', height }} />;
}
