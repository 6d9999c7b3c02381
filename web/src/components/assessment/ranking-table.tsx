// The ranking: one row per county or department, expandable to the explanation of its points.
import { Table, type TableProps } from 'antd';
import type { SubjectScore } from '../../api/assessment.ts';
import { GradeTag } from './grade-tag.tsx';
import { ScoreExplanation } from './score-explanation.tsx';

export function RankingTable({ rows, links = true }: { rows: SubjectScore[]; links?: boolean }) {
  const hasSelf = rows.some((r) => r.selfScore !== undefined && r.selfScore !== null);
  const columns: TableProps<SubjectScore>['columns'] = [
    { title: '排名', dataIndex: 'rank', width: 70 },
    { title: '考核对象', dataIndex: 'name', onCell: () => ({ 'data-testid': 'ranking-name' }) as object },
    ...(hasSelf
      ? [{ title: '自评分', dataIndex: 'selfScore', width: 90, render: (v: number | null) => v ?? '—' }]
      : []),
    { title: '基本分', dataIndex: 'base', width: 90 },
    { title: '扣分', dataIndex: 'deductions', width: 80 },
    { title: '加分', dataIndex: 'bonus', width: 80 },
    { title: '总分', dataIndex: 'total', width: 90, render: (v: number) => <strong>{v}</strong> },
    { title: '等次', key: 'grade', width: 130, render: (_, r) => <GradeTag grade={r.grade} vetoed={r.vetoed} /> },
  ];
  return (
    <Table<SubjectScore>
      data-testid="ranking-table"
      rowKey="key"
      size="middle"
      pagination={false}
      dataSource={rows}
      columns={columns}
      expandable={{
        expandedRowRender: (r) => <ScoreExplanation items={r.items} links={links} />,
        expandRowByClick: true,
      }}
      scroll={{ x: 760 }}
    />
  );
}
