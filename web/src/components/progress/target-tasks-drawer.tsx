// For one target: the tasks that serve it, their units and each unit's report status for a
// period (GET /api/targets/:id/tasks), so a target in 预警 or 未达标 leads to who answers for it.
// TargetTasksList is the list itself (indicator detail card); TargetTasksDrawer wraps it (目标看板,
// 驾驶舱, 任务目标关联).
import { Drawer, Empty, Flex, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { getTargetTasks, type Period, type TargetTasks } from '../../api/progress.ts';
import type { Comparator } from '../../api/types.ts';
import { useApi } from '../../hooks/use-api.ts';
import { formatTarget } from '../../lib/format.ts';
import { ErrorResult } from '../load-state.tsx';
import { DeadlineTag } from './deadline-tag.tsx';
import { LinkSourceTag } from './link-source-tag.tsx';
import { isDelivered, ReportStatusTag } from './report-status-tag.tsx';

/** Loads the tasks behind a plan target; `period` undefined means the current report period. */
export function useTargetTasks(targetId: number | null, period?: string) {
  return useApi(
    (signal) => (targetId === null ? Promise.resolve(undefined) : getTargetTasks(targetId, period, signal)),
    [targetId, period],
  );
}

export function targetTitle(target: TargetTasks['target']): string {
  const value = formatTarget({ comparator: target.comparator as Comparator, value: target.value, unit: target.unit });
  return `${target.indicator} ${value}`;
}

export function TargetTasksList(props: { data: TargetTasks | undefined; loading: boolean; error: unknown }) {
  const { data, loading, error } = props;
  if (error) return <ErrorResult error={error} />;
  if (!data) return <Spin />;
  if (data.tasks.length === 0) return <Empty description="该目标尚未关联任何任务" />;
  return (
    <Flex vertical gap={16}>
      {data.tasks.map((t) => (
        <div key={t.taskId} data-testid="target-task">
          <Space style={{ marginBottom: 8 }}>
            <Link to={`/tasks/${t.taskId}`}>
              <Typography.Text strong>{t.taskTitle}</Typography.Text>
            </Link>
            <LinkSourceTag source={t.source} />
          </Space>
          <Table
            rowKey={(u) => `${u.unitId}-${u.role}`}
            size="small"
            loading={loading}
            pagination={false}
            dataSource={t.units}
            locale={{ emptyText: '该任务未设牵头或责任单位' }}
            columns={[
              {
                title: '单位',
                key: 'unit',
                render: (_, u) => (
                  <Space size={4}>
                    {u.unitName}
                    {u.role === 'lead' ? <Tag color="blue">牵头</Tag> : <Tag>责任</Tag>}
                  </Space>
                ),
              },
              {
                title: '报告',
                key: 'status',
                width: 90,
                render: (_, u) =>
                  u.reportId ? (
                    <Link to={`/progress/reports/${u.reportId}`}>
                      <ReportStatusTag status={u.status} />
                    </Link>
                  ) : (
                    <ReportStatusTag status={null} />
                  ),
              },
              {
                title: '时限',
                key: 'colour',
                width: 120,
                render: (_, u) =>
                  u.colour ? (
                    <DeadlineTag
                      colour={u.colour}
                      daysLeft={u.daysLeft ?? 0}
                      late={false}
                      delivered={isDelivered(u.status)}
                    />
                  ) : (
                    '—'
                  ),
              },
              {
                title: '报送完成值',
                key: 'value',
                width: 110,
                render: (_, u) => (u.reportedValue === null ? '—' : `${u.reportedValue}${data.target.unit}`),
              },
            ]}
          />
        </div>
      ))}
    </Flex>
  );
}

/** `periods` offers a period picker; without it the drawer shows the current report period. */
export function TargetTasksDrawer(props: { targetId: number | null; periods?: Period[]; onClose: () => void }) {
  const [period, setPeriod] = useState<string | undefined>(undefined);
  const id = props.targetId;
  const { data, error, loading } = useTargetTasks(id, period);
  const shown = data && id !== null && data.target.id === id ? data : undefined;
  const periods = props.periods ?? [];
  return (
    <Drawer
      open={id !== null}
      onClose={props.onClose}
      size="large"
      title={shown ? targetTitle(shown.target) : '目标'}
      extra={
        periods.length > 0 ? (
          <Select
            style={{ width: 180 }}
            placeholder="周期"
            value={period ?? shown?.period?.key}
            options={periods.map((p) => ({ value: p.key, label: p.label }))}
            onChange={setPeriod}
          />
        ) : (
          shown?.period && <Typography.Text type="secondary">{shown.period.label}</Typography.Text>
        )
      }
    >
      {id !== null && <TargetTasksList data={shown} loading={loading} error={error} />}
    </Drawer>
  );
}
