// 方案版本: every imported version of the plan, a link to view each, and (州质量办/管理员) import.
import { Card, Empty, Space, Table, type TableProps, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { listPlans } from '../api/plans.ts';
import type { PlanListItem } from '../api/types.ts';
import { ErrorResult } from '../components/load-state.tsx';
import { PageContainer } from '../components/page-container.tsx';
import { PlanImport } from '../components/plan-import.tsx';
import { useApi } from '../hooks/use-api.ts';
import { formatCount, formatDateTime } from '../lib/format.ts';
import { canManagePlans } from '../lib/roles.ts';
import { useSession } from '../session/session-context.tsx';

const columns: TableProps<PlanListItem>['columns'] = [
  {
    title: '版本',
    dataIndex: 'version',
    width: 110,
    render: (version: number, plan) => (
      <Space size={4}>
        <span>第 {version} 版</span>
        {plan.current && <Tag color="green">当前</Tag>}
      </Space>
    ),
  },
  {
    title: '标题',
    dataIndex: 'title',
    render: (title: string, plan) => <Link to={`/plan?planId=${plan.id}`}>{title}</Link>,
  },
  { title: '年度', dataIndex: 'year', width: 80, render: (year: number | null) => year ?? '—' },
  { title: '来源文件', dataIndex: 'sourceName', ellipsis: true },
  { title: '导入时间', dataIndex: 'importedAt', width: 180, render: (at: string) => formatDateTime(at) },
  { title: '导入人', dataIndex: 'importedBy', width: 120, render: (by: string | number | null) => by ?? '—' },
  { title: '重点任务', dataIndex: 'taskCount', width: 90, align: 'right', render: (n: number) => formatCount(n) },
  { title: '主要目标', dataIndex: 'targetCount', width: 90, align: 'right', render: (n: number) => formatCount(n) },
  { title: '操作', key: 'view', width: 80, render: (_, plan) => <Link to={`/plan?planId=${plan.id}`}>查看</Link> },
];

export function PlanVersionsPage() {
  const { user } = useSession();
  const { data, error, loading, reload } = useApi((signal) => listPlans(signal), []);
  const canImport = canManagePlans(user);

  return (
    <PageContainer
      breadcrumb={[{ title: '行动方案' }, { title: '方案总览', path: '/plan' }, { title: '方案版本' }]}
      title="方案版本"
    >
      <Space vertical size={16} style={{ width: '100%' }}>
        {canImport && (
          <Card size="small" title="导入方案">
            <PlanImport onImported={reload} />
          </Card>
        )}
        <Card size="small" title="版本列表">
          {error ? (
            <ErrorResult error={error} onRetry={reload} />
          ) : (
            <Table<PlanListItem>
              rowKey="id"
              size="middle"
              loading={loading}
              columns={columns}
              dataSource={data?.items ?? []}
              pagination={false}
              scroll={{ x: 900 }}
              locale={{
                emptyText: (
                  <Empty description={canImport ? '尚未导入方案,请在上方上传方案文件(.docx / .txt)' : '尚未导入方案'} />
                ),
              }}
            />
          )}
        </Card>
      </Space>
    </PageContainer>
  );
}
