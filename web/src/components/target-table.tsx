// The quantitative targets (主要目标) table: indicator, target ("≥ 97%"), where it was found,
// and the task it belongs to. Rows can be selectable (方案总览 highlights them in the source).
import { Table, type TableProps, Tooltip } from 'antd';
import { Link } from 'react-router-dom';
import type { Target } from '../api/types.ts';
import { formatTarget } from '../lib/format.ts';

interface TargetTableProps<T extends Target> {
  targets: T[];
  /** Task titles by id, for the 所属任务 column. */
  taskTitles?: Map<number, string>;
  /** Section headings by path, for the 所在章节 column. */
  sectionTitles?: Map<string, string>;
  showTask?: boolean;
  extraColumns?: NonNullable<TableProps<T>['columns']>;
  selectedId?: number | null;
  onSelect?: (target: T) => void;
  emptyText?: string;
}

export function TargetTable<T extends Target>({
  targets,
  taskTitles,
  sectionTitles,
  showTask = true,
  extraColumns = [],
  selectedId,
  onSelect,
  emptyText,
}: TargetTableProps<T>) {
  const columns: NonNullable<TableProps<T>['columns']> = [
    {
      title: '指标',
      dataIndex: 'indicator',
      render: (indicator: string, t) => (
        <Tooltip title={t.text ? `原文:${t.text}` : undefined}>
          <span>{indicator}</span>
        </Tooltip>
      ),
    },
    { title: '目标', key: 'target', width: 120, render: (_, t) => formatTarget(t) },
    { title: '年度', dataIndex: 'year', width: 80, render: (year: number | null) => year ?? '—' },
    {
      title: '所在章节',
      dataIndex: 'sectionPath',
      width: 200,
      render: (path: string) => sectionTitles?.get(path) ?? path,
    },
  ];
  if (showTask) {
    columns.push({
      title: '所属任务',
      dataIndex: 'taskId',
      render: (taskId: number | null) =>
        taskId === null ? '—' : <Link to={`/tasks/${taskId}`}>{taskTitles?.get(taskId) ?? `任务 ${taskId}`}</Link>,
    });
  }
  columns.push(...extraColumns);

  return (
    <Table<T>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={targets}
      pagination={targets.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={emptyText ? { emptyText } : undefined}
      rowClassName={(t) => [onSelect ? 'zl-clickable-row' : '', t.id === selectedId ? 'zl-row-selected' : ''].join(' ')}
      onRow={onSelect ? (t) => ({ onClick: () => onSelect(t) }) : undefined}
      scroll={{ x: 800 }}
    />
  );
}
