// 逾期一览: every report past its due date and not submitted, grouped by unit, most overdue units
// first; from each line the office can open the report or issue a 督办单. The reporting schedule
// (frequency, due day, warning window, per-period dates) is set here too.
import { SettingOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Collapse,
  Empty,
  Flex,
  Space,
  Statistic,
  Table,
  type TableProps,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { getOverdue, getSchedule, type Obligation } from '../../api/progress.ts';
import { ErrorResult, PageLoading } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { DeadlineTag } from '../../components/progress/deadline-tag.tsx';
import { isReviewer } from '../../components/progress/progress-roles.ts';
import { ReportStatusTag } from '../../components/progress/report-status-tag.tsx';
import { ScheduleModal } from '../../components/progress/schedule-modal.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useSession } from '../../session/session-context.tsx';

const FREQUENCY_TEXT = { monthly: '按月', quarterly: '按季度' } as const;

export function OverduePage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const office = isReviewer(user);
  const board = useApi((signal) => getOverdue(signal), []);
  const schedule = useApi((signal) => getSchedule(undefined, signal), []);
  const [editing, setEditing] = useState(false);

  const columns: TableProps<Obligation>['columns'] = [
    { title: '周期', dataIndex: 'periodLabel', width: 140 },
    { title: '重点任务', dataIndex: 'taskTitle' },
    { title: '截止日期', dataIndex: 'dueDate', width: 110 },
    {
      title: '时限',
      key: 'deadline',
      width: 110,
      render: (_, o) => <DeadlineTag colour={o.colour} daysLeft={o.daysLeft} late={o.late} delivered={false} />,
    },
    {
      title: '报告',
      key: 'status',
      width: 90,
      render: (_, o) => <ReportStatusTag status={o.report?.status ?? null} />,
    },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      render: (_, o) => (
        <Space size={4}>
          {o.report && <Link to={`/progress/reports/${o.report.id}`}>查看</Link>}
          {office && (
            <Link
              to={`/progress/supervision?issue=1&taskId=${o.taskId}&unitId=${o.unitId}&period=${encodeURIComponent(o.period)}`}
            >
              发督办单
            </Link>
          )}
        </Space>
      ),
    },
  ];

  const s = schedule.data;
  return (
    <PageContainer
      breadcrumb={[{ title: '进展督办' }, { title: '逾期一览' }]}
      title="逾期一览"
      extra={
        office && (
          <Button icon={<SettingOutlined />} onClick={() => setEditing(true)} disabled={!s}>
            填报周期设置
          </Button>
        )
      }
    >
      {board.error ? (
        <ErrorResult error={board.error} onRetry={board.reload} />
      ) : !board.data ? (
        <PageLoading />
      ) : (
        <Flex vertical gap={16}>
          <Card size="small">
            <Flex gap={48} wrap align="center">
              <Statistic
                title="逾期未报(份)"
                value={board.data.total}
                styles={{ content: { color: board.data.total ? '#cf1322' : undefined } }}
              />
              <Statistic title="涉及单位" value={board.data.units.length} />
              <Statistic title="统计日期" value={board.data.asOf} />
              {s && (
                <Typography.Text type="secondary">
                  {FREQUENCY_TEXT[s.frequency]}填报,周期结束后次月 {s.dueDay} 日截止,提前 {s.warnDays} 天预警
                  {Object.keys(s.dueOverrides).length > 0 &&
                    `,${Object.keys(s.dueOverrides).length} 个周期单独设置了截止日期`}
                </Typography.Text>
              )}
            </Flex>
          </Card>
          {board.data.units.length === 0 ? (
            <Empty description="没有逾期未报的进展报告" />
          ) : (
            <div data-testid="overdue-units">
              <Collapse
                items={board.data.units.map((u) => ({
                  key: u.unitId,
                  label: (
                    <Flex gap={8} align="center">
                      <Typography.Text strong>{u.unitName}</Typography.Text>
                      <Tag color="red">逾期 {u.count} 份</Tag>
                    </Flex>
                  ),
                  children: (
                    <Table<Obligation>
                      rowKey={(o) => `${o.taskId}/${o.period}`}
                      size="small"
                      columns={columns}
                      dataSource={u.items}
                      pagination={u.items.length > 20 ? { pageSize: 20 } : false}
                    />
                  ),
                }))}
              />
            </div>
          )}
        </Flex>
      )}
      <ScheduleModal
        open={editing}
        schedule={s}
        onClose={() => setEditing(false)}
        onSaved={() => {
          message.success('已保存填报周期设置');
          setEditing(false);
          schedule.reload();
          board.reload();
        }}
      />
    </PageContainer>
  );
}
