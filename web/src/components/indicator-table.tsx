// The targets as a table: name, "value / target", status (reason in the tooltip), n and a small
// progress bar. Used by 目标看板 (all targets) and the cockpit (the at-risk ones). A row opens the
// indicator with the same region and period. A row in 预警 or 未达标 that rests on a plan target
// offers 「相关任务」: a drawer with the tasks, units and report status behind that target.
import { Button, Space, Table, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { IndicatorStatus, IndicatorValue } from '../api/indicator-types.ts';
import { formatDenominator, valueVsTarget } from '../lib/indicator-format.ts';
import { STATUS_ORDER } from '../lib/status-colors.ts';
import { useSession } from '../session/session-context.tsx';
import { IndicatorProgress } from './indicator-progress.tsx';
import { seesOverview } from './progress/progress-roles.ts';
import { TargetTasksDrawer } from './progress/target-tasks-drawer.tsx';
import { StatusTag } from './status-tag.tsx';

const KIND_LABELS: Record<IndicatorValue['kind'], string> = {
  rate: '比率',
  standard: '标准评价',
  survey: '调查',
  trend: '同比',
  reported: '填报',
  milestone: '里程碑',
};

interface IndicatorTableProps {
  items: IndicatorValue[];
  /** `?region=…&period=…` carried to the indicator page. */
  search: string;
  loading?: boolean;
  compact?: boolean;
  emptyText?: string;
}

export function IndicatorTable({ items, search, loading, compact = false, emptyText }: IndicatorTableProps) {
  const navigate = useNavigate();
  const { user } = useSession();
  const canDrill = seesOverview(user);
  const [targetId, setTargetId] = useState<number | null>(null);
  const href = (code: string) => `/indicators/${encodeURIComponent(code)}${search}`;
  const columns: NonNullable<TableProps<IndicatorValue>['columns']> = [
    {
      title: '指标',
      dataIndex: 'name',
      render: (name: string, item) => (
        <Link to={href(item.code)} onClick={(e) => e.stopPropagation()}>
          {name}
        </Link>
      ),
    },
    {
      title: '当前值 / 目标',
      key: 'value',
      width: 200,
      render: (_, item) => <Typography.Text strong>{valueVsTarget(item)}</Typography.Text>,
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: canDrill ? 170 : 100,
      sorter: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
      render: (status: IndicatorStatus, item) => {
        const tag = <StatusTag status={status} reason={item.statusReason} />;
        const id = item.target.planTargetId;
        if (!canDrill || id === null || !isAtRisk(status)) return tag;
        return (
          <Space size={4}>
            {tag}
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              data-testid="target-tasks-link"
              onClick={(e) => {
                e.stopPropagation();
                setTargetId(id);
              }}
            >
              相关任务
            </Button>
          </Space>
        );
      },
    },
  ];
  if (!compact) {
    columns.push(
      {
        title: 'n',
        dataIndex: 'denominator',
        width: 100,
        align: 'right',
        // The denominator where the value is a ratio, else the records it rests on.
        render: (n: number | null, item) => formatDenominator(n ?? item.records),
      },
      { title: '完成进度', key: 'progress', width: 160, render: (_, item) => <IndicatorProgress item={item} /> },
      {
        title: '类型',
        dataIndex: 'kind',
        width: 90,
        render: (kind: IndicatorValue['kind']) => KIND_LABELS[kind] ?? kind,
      },
    );
  }
  return (
    <>
      <Table<IndicatorValue>
        rowKey="code"
        size={compact ? 'small' : 'middle'}
        loading={loading}
        columns={columns}
        dataSource={items}
        pagination={false}
        scroll={{ x: compact ? 480 : 860 }}
        locale={emptyText ? { emptyText } : undefined}
        rowClassName={() => 'zl-clickable-row'}
        onRow={(item) => ({ onClick: () => navigate(href(item.code)) })}
      />
      {canDrill && <TargetTasksDrawer targetId={targetId} onClose={() => setTargetId(null)} />}
    </>
  );
}

export const isAtRisk = (status: IndicatorStatus) => status === '预警' || status === '未达标';
