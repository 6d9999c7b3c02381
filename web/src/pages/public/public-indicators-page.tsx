// 信息公开 · 指标完成情况: the snapshots the office published (values frozen when published).
import { Card, List, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { type IndicatorSnapshotContent, publicApi } from '../../api/public.ts';
import { ErrorResult, PageLoading } from '../../components/load-state.tsx';
import { StatusTag } from '../../components/status-tag.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { PublicFrame } from './public-frame.tsx';

export function PublicIndicatorListPage() {
  const { data, error, loading, reload } = useApi((s) => publicApi.indicators(s), []);
  return (
    <PublicFrame title="指标完成情况">
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : (
        <Card title="指标完成情况">
          <List
            loading={loading}
            dataSource={data?.items ?? []}
            locale={{ emptyText: '暂无公开信息' }}
            renderItem={(i) => (
              <List.Item extra={formatDate(i.publishedAt)}>
                <Link to={`/public/indicators/${i.id}`}>{i.title}</Link>
              </List.Item>
            )}
          />
        </Card>
      )}
    </PublicFrame>
  );
}

type Item = IndicatorSnapshotContent['items'][number];

export function PublicIndicatorPage() {
  const id = Number(useParams().id);
  const { data, error, reload } = useApi((s) => publicApi.indicator(id, s), [id]);
  if (error)
    return (
      <PublicFrame title="指标完成情况">
        <ErrorResult error={error} onRetry={reload} />
      </PublicFrame>
    );
  if (!data) return <PageLoading />;
  const c = data.content;
  return (
    <PublicFrame title={data.title}>
      <Card title={data.title} extra={<Link to="/public/indicators">全部</Link>}>
        <Typography.Paragraph type="secondary">
          {c.regionName} · {c.periodLabel} · 数据截至 {c.dataThrough ?? '—'} · 计算于 {formatDateTime(c.computedAt)} ·
          发布于 {formatDateTime(data.publishedAt)}
        </Typography.Paragraph>
        <Table<Item>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={c.items}
          scroll={{ x: 800 }}
          columns={[
            { title: '指标', dataIndex: 'name' },
            { title: '目标', dataIndex: 'target', width: 110 },
            {
              title: '完成值',
              key: 'v',
              width: 120,
              render: (_, i) => (i.value === null ? '—' : `${i.value}${i.unit}`),
            },
            {
              title: '状态',
              key: 's',
              width: 100,
              render: (_, i) => <StatusTag status={i.status} reason={i.statusReason} />,
            },
          ]}
        />
      </Card>
    </PublicFrame>
  );
}
