// 我的填报: every report the user's unit owes — each task it leads or serves, for each period
// that has begun — most urgent first, with green/yellow/red tags and due dates. 填报 opens (or
// first creates) the report.
import { Alert, App, Button, Card, Flex, Radio, Select, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/api-error.ts';
import { createReport, getMyObligations, type Obligation } from '../../api/progress.ts';
import { ErrorResult } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { DeadlineTag } from '../../components/progress/deadline-tag.tsx';
import { isDelivered, ReportStatusTag } from '../../components/progress/report-status-tag.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { withParams } from '../../lib/search-params.ts';

type Show = 'todo' | 'all';

export function MyReportsPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? undefined;
  const show: Show = params.get('show') === 'all' ? 'all' : 'todo';
  const [opening, setOpening] = useState<string | null>(null);
  const { data, error, loading, reload } = useApi((signal) => getMyObligations({ period }, signal), [period]);

  const items = (data?.items ?? []).filter((o) => show === 'all' || !isDelivered(o.report?.status));
  const counts = { red: 0, yellow: 0 };
  for (const o of data?.items ?? []) if (o.colour === 'red' || o.colour === 'yellow') counts[o.colour] += 1;

  const open = async (o: Obligation) => {
    if (o.report) {
      navigate(`/progress/reports/${o.report.id}`);
      return;
    }
    const key = `${o.taskId}/${o.unitId}/${o.period}`;
    setOpening(key);
    try {
      const r = await createReport({ taskId: o.taskId, period: o.period, unitId: o.unitId });
      navigate(`/progress/reports/${r.id}`);
    } catch (err) {
      message.error(errorMessage(err));
      // Someone of the same unit opened it first: show it in the list.
      if (err instanceof ApiError && err.code === 'PROGRESS_REPORT_EXISTS') reload();
    } finally {
      setOpening(null);
    }
  };

  const columns: TableProps<Obligation>['columns'] = [
    {
      title: '重点任务',
      key: 'task',
      render: (_, o) => (
        <Space size={4} wrap>
          <Link to={`/tasks/${o.taskId}`}>{o.taskTitle}</Link>
          {o.role === 'lead' && <Tag color="blue">牵头</Tag>}
        </Space>
      ),
    },
    ...(data && data.units.length > 1 ? [{ title: '单位', dataIndex: 'unitName', width: 180 }] : []),
    { title: '周期', dataIndex: 'periodLabel', width: 140 },
    { title: '截止日期', dataIndex: 'dueDate', width: 120 },
    {
      title: '时限',
      key: 'deadline',
      width: 130,
      render: (_, o) => (
        <DeadlineTag colour={o.colour} daysLeft={o.daysLeft} late={o.late} delivered={isDelivered(o.report?.status)} />
      ),
    },
    {
      title: '报告状态',
      key: 'status',
      width: 240,
      render: (_, o) => (
        <Flex vertical gap={2}>
          <span>
            <ReportStatusTag status={o.report?.status ?? null} />
          </span>
          {o.report?.returnReason && (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              退回原因:{o.report.returnReason}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 100,
      render: (_, o) => {
        const status = o.report?.status;
        const label = !status || status === 'draft' ? '填报' : status === 'returned' ? '修改' : '查看';
        return (
          <Button
            size="small"
            type={label === '查看' ? 'default' : 'primary'}
            loading={opening === `${o.taskId}/${o.unitId}/${o.period}`}
            onClick={() => open(o)}
          >
            {label}
          </Button>
        );
      },
    },
  ];

  return (
    <PageContainer
      breadcrumb={[{ title: '进展督办' }, { title: '我的填报' }]}
      title="我的填报"
      extra={
        data && (
          <Typography.Text type="secondary">
            {data.units.map((u) => u.name).join('、')} · 截至 {data.asOf}
          </Typography.Text>
        )
      }
    >
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : (
        <Flex vertical gap={16}>
          {data && data.openNotices > 0 && (
            <Alert
              type="warning"
              showIcon
              title={`有 ${data.openNotices} 份督办单待签收`}
              action={
                <Link to="/progress/supervision">
                  <Button size="small">去签收</Button>
                </Link>
              }
            />
          )}
          <Card size="small">
            <Flex wrap gap={16} align="center">
              <Space>
                <Typography.Text>周期</Typography.Text>
                <Select
                  allowClear
                  placeholder="全部周期"
                  style={{ width: 180 }}
                  value={period}
                  options={(data?.periods ?? []).map((p) => ({ value: p.key, label: p.label }))}
                  onChange={(v) => setParams(withParams(params, { period: v ?? null }))}
                />
              </Space>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                value={show}
                options={[
                  { value: 'todo', label: '待报送' },
                  { value: 'all', label: '全部' },
                ]}
                onChange={(e) => setParams(withParams(params, { show: e.target.value === 'all' ? 'all' : null }))}
              />
              <Space size={4}>
                <Tag color="red">逾期 {counts.red}</Tag>
                <Tag color="gold">即将到期 {counts.yellow}</Tag>
              </Space>
            </Flex>
          </Card>
          <div data-testid="obligations">
            <Table<Obligation>
              rowKey={(o) => `${o.taskId}/${o.unitId}/${o.period}`}
              size="middle"
              loading={loading}
              columns={columns}
              dataSource={items}
              scroll={{ x: 900 }}
              locale={{ emptyText: show === 'todo' ? '没有待报送的进展报告' : '暂无应报事项' }}
              pagination={{ pageSize: 20, showSizeChanger: true, showTotal: (n) => `共 ${n} 项` }}
            />
          </div>
        </Flex>
      )}
    </PageContainer>
  );
}
