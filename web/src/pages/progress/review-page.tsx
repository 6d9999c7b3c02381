// 审核: the 州质量办's queue of submitted reports (oldest first), plus returned and accepted ones.
// Opening a report shows it with 通过 / 退回.
import { Button, Flex, Table, type TableProps, Tabs } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { listReports, type ReportStatus, type ReportSummary } from '../../api/progress.ts';
import { ErrorResult } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { DeadlineTag } from '../../components/progress/deadline-tag.tsx';
import { isDelivered, ReportStatusTag } from '../../components/progress/report-status-tag.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { intParam, withParams } from '../../lib/search-params.ts';

const TABS: { key: ReportStatus; label: string }[] = [
  { key: 'submitted', label: '待审核' },
  { key: 'returned', label: '已退回' },
  { key: 'accepted', label: '已通过' },
];

export function ReviewPage() {
  const [params, setParams] = useSearchParams();
  const status = (TABS.find((t) => t.key === params.get('status'))?.key ?? 'submitted') as ReportStatus;
  const page = intParam(params, 'page') ?? 1;
  const pageSize = intParam(params, 'pageSize') ?? 20;
  const { data, error, loading, reload } = useApi(
    (signal) => listReports({ status, page, pageSize }, signal),
    [status, page, pageSize],
  );

  const columns: TableProps<ReportSummary>['columns'] = [
    { title: '重点任务', dataIndex: 'taskTitle' },
    { title: '填报单位', dataIndex: 'unitName', width: 200 },
    { title: '周期', dataIndex: 'periodLabel', width: 140 },
    { title: '提交时间', dataIndex: 'submittedAt', width: 170, render: (v: string | null) => formatDateTime(v) },
    {
      title: '时限',
      key: 'deadline',
      width: 130,
      render: (_, r) => (
        <DeadlineTag
          colour={r.colour}
          daysLeft={r.daysLeft}
          late={r.late}
          delivered={isDelivered(r.status)}
          dueDate={r.dueDate}
        />
      ),
    },
    { title: '状态', key: 'status', width: 90, render: (_, r) => <ReportStatusTag status={r.status} /> },
    { title: '版本', dataIndex: 'revision', width: 70, render: (v: number) => `第 ${v} 版` },
    {
      title: '操作',
      key: 'open',
      width: 90,
      render: (_, r) => (
        <Link to={`/progress/reports/${r.id}`}>
          <Button size="small" type={r.status === 'submitted' ? 'primary' : 'default'}>
            {r.status === 'submitted' ? '审核' : '查看'}
          </Button>
        </Link>
      ),
    },
  ];

  return (
    <PageContainer breadcrumb={[{ title: '进展督办' }, { title: '审核' }]} title="进展报告审核">
      <Flex vertical gap={8}>
        <Tabs
          activeKey={status}
          items={TABS.map((t) => ({ key: t.key, label: t.label }))}
          onChange={(key) => setParams(withParams(params, { status: key === 'submitted' ? null : key, page: null }))}
        />
        {error ? (
          <ErrorResult error={error} onRetry={reload} />
        ) : (
          <div data-testid="review-queue">
            <Table<ReportSummary>
              rowKey="id"
              size="middle"
              loading={loading}
              columns={columns}
              dataSource={data?.items ?? []}
              scroll={{ x: 1000 }}
              locale={{ emptyText: status === 'submitted' ? '没有待审核的报告' : '暂无报告' }}
              pagination={{
                current: page,
                pageSize,
                total: data?.total ?? 0,
                showSizeChanger: true,
                showTotal: (n) => `共 ${n} 份`,
                onChange: (p, size) =>
                  setParams(withParams(params, { page: p > 1 ? p : null, pageSize: size !== 20 ? size : null })),
              }}
            />
          </div>
        )}
      </Flex>
    </PageContainer>
  );
}
