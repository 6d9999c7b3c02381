// The trace as a table: every movement with its time, parties and quantity, in time order.
import { Table, Tag } from 'antd';
import type { GraphEdge, TraceGraph } from '../../api/trace.ts';
import { formatDateTime } from '../../lib/format.ts';
import { EDGE_KIND_LABELS, quantityText, shortLot } from './trace-labels.ts';

export function TraceEdgeTable({ graph }: { graph: TraceGraph }) {
  const names = new Map(graph.nodes.filter((n) => n.type === 'party').map((n) => [n.creditCode, n.name]));
  const party = (code: string | null) => (code ? (names.get(code) ?? code) : '—');
  return (
    <Table<GraphEdge>
      size="small"
      rowKey="id"
      dataSource={graph.edges}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      columns={[
        {
          title: '方向',
          dataIndex: 'direction',
          width: 70,
          render: (d: string) => (d === 'backward' ? <Tag color="purple">来源</Tag> : <Tag color="cyan">去向</Tag>),
        },
        {
          title: '时间',
          dataIndex: 'time',
          width: 170,
          render: (v: string) => formatDateTime(v),
          sorter: (a, b) => a.time.localeCompare(b.time),
        },
        { title: '环节', dataIndex: 'kind', width: 70, render: (k: GraphEdge['kind']) => EDGE_KIND_LABELS[k] },
        {
          title: '批次',
          key: 'lot',
          render: (_, e) =>
            e.fromLot === e.toLot ? shortLot(e.fromLot) : `${shortLot(e.fromLot)} → ${shortLot(e.toLot)}`,
        },
        { title: '从', dataIndex: 'fromParty', render: (p: string | null) => party(p) },
        { title: '到', dataIndex: 'toParty', render: (p: string | null) => party(p) },
        { title: '数量', key: 'q', align: 'right', width: 120, render: (_, e) => quantityText(e.quantity, e.uom) },
      ]}
    />
  );
}
