// The key tasks (重点任务) table, shared by 方案总览, 重点任务 and 单位责任清单.
// The lead-unit cells carry data-testid="task-lead" for the browser test.
import { Table, type TableProps, Typography } from 'antd';
import type { TdHTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import type { TaskSummary } from '../api/types.ts';
import { displaySeq } from '../lib/plan-text.ts';
import { UnitTags } from './unit-tags.tsx';

interface TaskTableProps {
  tasks: TaskSummary[];
  loading?: boolean;
  pagination?: TableProps<TaskSummary>['pagination'];
  onChange?: TableProps<TaskSummary>['onChange'];
  /** When given, the 所属章节 cell is clickable (方案总览 uses it to highlight the section). */
  onSectionClick?: (sectionPath: string) => void;
  emptyText?: string;
  testId?: string;
}

// antd's onCell type has no room for data-* keys in an object literal.
const leadCellProps = { 'data-testid': 'task-lead' } as TdHTMLAttributes<HTMLTableCellElement>;

export function TaskTable({
  tasks,
  loading,
  pagination = false,
  onChange,
  onSectionClick,
  emptyText,
  testId,
}: TaskTableProps) {
  const columns: TableProps<TaskSummary>['columns'] = [
    { title: '序号', dataIndex: 'seq', width: 64, align: 'center', render: (seq: number) => displaySeq(seq) },
    {
      title: '任务',
      dataIndex: 'title',
      width: 220,
      render: (title: string, task) => <Link to={`/tasks/${task.id}`}>{title}</Link>,
    },
    {
      title: '所属章节',
      dataIndex: 'sectionTitle',
      width: 170,
      render: (title: string, task) =>
        onSectionClick ? (
          <Typography.Link onClick={() => onSectionClick(task.sectionPath)}>
            {title || task.sectionPath}
          </Typography.Link>
        ) : (
          title || task.sectionPath
        ),
    },
    {
      title: '牵头单位',
      dataIndex: 'lead',
      width: 150,
      onCell: () => leadCellProps,
      render: (_, task) => <UnitTags units={task.lead} />,
    },
    {
      title: '责任单位',
      dataIndex: 'responsible',
      render: (_, task) => <UnitTags units={task.responsible} />,
    },
  ];

  return (
    <div data-testid={testId}>
      <Table<TaskSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={tasks}
        loading={loading}
        pagination={pagination}
        onChange={onChange}
        locale={emptyText ? { emptyText } : undefined}
        scroll={{ x: 1000 }}
      />
    </div>
  );
}
