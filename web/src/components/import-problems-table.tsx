// Per-row problems of an import (文件, 行, 列, 问题), errors or warnings. Paged in the browser: a
// badly mapped file can produce thousands, and the first ones usually explain the rest.
import { Table, type TableProps } from 'antd';
import type { ImportProblem } from '../api/import-types.ts';

const columns: NonNullable<TableProps<ImportProblem & { key: number }>['columns']> = [
  { title: '文件', dataIndex: 'file', width: 220, render: (v?: string) => v ?? '—' },
  { title: '行', dataIndex: 'row', width: 80, align: 'right', render: (v?: number) => v ?? '—' },
  { title: '列', dataIndex: 'column', width: 180, render: (v?: string | number) => v ?? '—' },
  { title: '问题', dataIndex: 'message' },
];

export function ImportProblemsTable({ problems, testId }: { problems: ImportProblem[]; testId?: string }) {
  return (
    <Table<ImportProblem & { key: number }>
      data-testid={testId}
      size="small"
      columns={columns}
      dataSource={problems.map((p, i) => ({ ...p, key: i }))}
      scroll={{ x: 700 }}
      pagination={
        problems.length > 10 ? { pageSize: 10, showSizeChanger: true, showTotal: (t) => `共 ${t} 处` } : false
      }
    />
  );
}
