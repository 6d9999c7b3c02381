// For one target: the tasks that serve it, their units and each unit's report status for a
// period (GET /api/targets/:id/tasks), so a target in 预警 or 未达标 leads to who answers for it.
import { Drawer, Empty, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { getTargetTasks, type Period } from '../../api/progress.ts';
import type { Comparator } from '../../api/types.ts';
import { useApi } from '../../hooks/use-api.ts';
import { formatTarget } from '../../lib/format.ts';
import { ErrorResult } from '../load-state.tsx';
import { DeadlineTag } from './deadline-tag.tsx';
import { isDelivered, ReportStatusTag } from './report-status-tag.tsx';

export function TargetTasksDrawer(props: { targetId: number | null; periods: Period[]; onClose: () => void }) {
  const [period, setPeriod] = useState<string | undefined>(undefined);
  const id = props.targetId;
  const { data, error, loading } = useApi(
    (signal) => (id === null ? Promise.resolve(null) : getTargetTasks(id, period, signal)),
    [id, period],
  );
  return (
    <Drawer
      open={id !== null}
      onClose={props.onClose}
      size="large"
      title={
        data
          ? `${data.target.indicator} ${formatTarget({ comparator: data.target.comparator as Comparator, value: data.target.value, unit: data.target.unit })}`
          : '目标'
      }
      extra={
        <Select
          style={{ width: 180 }}
          placeholder="周期"
          value={period ?? data?.period?.key}
          options={props.periods.map((p) => ({ value: p.key, label: p.label }))}
          onChange={setPeriod}
        />
      }
    >
      {error ? (
        <ErrorResult error={error} />
      ) : data && data.tasks.length === 0 ? (
        <Empty description="该目标尚未关联任何任务" />
      ) : (
        <Flex vertical gap={16}>
          {(data?.tasks ?? []).map((t) => (
            <div key={t.taskId}>
              <Space style={{ marginBottom: 8 }}>
                <Link to={`/tasks/${t.taskId}`}>
                  <Typography.Text strong>{t.taskTitle}</Typography.Text>
                </Link>
                {t.source === 'manual' && <Tag color="blue">人工关联</Tag>}
              </Space>
              <Table
                rowKey="unitId"
                size="small"
                loading={loading}
                pagination={false}
                dataSource={t.units}
                columns={[
                  {
                    title: '单位',
                    key: 'unit',
                    render: (_, u) => (
                      <Space size={4}>
                        {u.unitName}
                        {u.role === 'lead' && <Tag color="blue">牵头</Tag>}
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
                    render: (_, u) => (u.reportedValue === null ? '—' : `${u.reportedValue}${data?.target.unit ?? ''}`),
                  },
                ]}
              />
            </div>
          ))}
        </Flex>
      )}
    </Drawer>
  );
}
