// 双随机抽查 on an enterprise's page: each draw whose frozen pool held it, the risk class it had at
// that moment and the share drawn for that class, whether it was drawn and the result. It closes
// the loop on screen: a failed sample raises the class, and the class sets how often it is drawn.
import { Card, Table, type TableProps, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { DrawHistoryEntry } from '../../api/supervision.ts';
import { formatDateTime } from '../../lib/format.ts';
import { RiskClassTag } from './risk-class-tag.tsx';

const columns: TableProps<DrawHistoryEntry>['columns'] = [
  {
    title: '抽取',
    key: 'draw',
    width: 260,
    render: (_, d) => (
      <Link to={`/supervision/draws/${d.drawId}`}>
        #{d.drawId} {d.planName}
      </Link>
    ),
  },
  { title: '名录冻结', dataIndex: 'frozenAt', width: 160, render: (v: string) => formatDateTime(v) },
  {
    title: '冻结时分类',
    dataIndex: 'riskClass',
    width: 110,
    render: (c: DrawHistoryEntry['riskClass']) => <RiskClassTag value={c} />,
  },
  {
    title: '该类抽取比例',
    dataIndex: 'share',
    width: 120,
    align: 'right',
    render: (v: number) => `${Math.round(v * 1000) / 10}%`,
  },
  {
    title: '是否抽中',
    key: 'drawn',
    width: 100,
    render: (_, d) =>
      d.drawn === null ? <Tag>待揭示</Tag> : d.drawn ? <Tag color="orange">抽中</Tag> : <Tag>未抽中</Tag>,
  },
  {
    title: '检查结果',
    key: 'outcome',
    render: (_, d) => (d.outcome ? `${d.outcome}(${d.inspectedOn ?? ''})` : '—'),
  },
];

export function DrawHistoryCard({ draws }: { draws: DrawHistoryEntry[] }) {
  return (
    <Card size="small" title={`双随机抽查(${draws.length})`} data-testid="draw-history">
      <Table<DrawHistoryEntry>
        rowKey="drawId"
        size="small"
        columns={columns}
        dataSource={draws}
        scroll={{ x: 900 }}
        pagination={draws.length > 10 ? { pageSize: 10 } : false}
        locale={{ emptyText: '尚未进入任何双随机抽查名录' }}
      />
    </Card>
  );
}
