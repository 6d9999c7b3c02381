// 信息公开 · 抽检结果公示: published lists of food sampling results in the official columns, each
// with the disclaimer the published format carries, and an Excel export.
import { Alert, Button, Card, List, Table } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { publicApi } from '../../api/public.ts';
import { ErrorResult, PageLoading } from '../../components/load-state.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { PublicFrame } from './public-frame.tsx';

export function PublicSamplingListPage() {
  const { data, error, loading, reload } = useApi((s) => publicApi.samplingLists(s), []);
  return (
    <PublicFrame title="抽检结果公示">
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : (
        <Card title="食品安全监督抽检结果公示">
          <List
            loading={loading}
            dataSource={data?.items ?? []}
            locale={{ emptyText: '暂无公开信息' }}
            renderItem={(i) => (
              <List.Item extra={`${i.rowCount} 批次 · ${formatDate(i.publishedAt)}`}>
                <Link to={`/public/sampling/${i.id}`}>{i.title}</Link>
              </List.Item>
            )}
          />
        </Card>
      )}
    </PublicFrame>
  );
}

export function PublicSamplingPage() {
  const id = Number(useParams().id);
  const { data, error, reload } = useApi((s) => publicApi.samplingList(id, s), [id]);
  if (error)
    return (
      <PublicFrame title="抽检结果公示">
        <ErrorResult error={error} onRetry={reload} />
      </PublicFrame>
    );
  if (!data) return <PageLoading />;
  const c = data.content;
  return (
    <PublicFrame title={data.title}>
      <Card
        title={data.title}
        extra={
          <a href={publicApi.samplingXlsxUrl(id)} download>
            <Button>导出 Excel</Button>
          </a>
        }
      >
        <Alert
          type="info"
          showIcon
          title={c.disclaimer}
          style={{ marginBottom: 12 }}
          data-testid="sampling-disclaimer"
        />
        <Table
          rowKey="seq"
          size="small"
          dataSource={c.rows}
          scroll={{ x: 1800 }}
          pagination={{ pageSize: 50, showTotal: (t) => `共 ${t} 批次` }}
          columns={c.columns.map((col) => ({
            title: col.header,
            dataIndex: col.key,
            width: col.key === 'seq' ? 60 : undefined,
            render: (v: string | number | null) =>
              v === null ? '—' : <span style={{ whiteSpace: 'pre-line' }}>{String(v)}</span>,
          }))}
        />
        <div style={{ marginTop: 8, color: '#888' }}>发布于 {formatDateTime(data.publishedAt)}</div>
      </Card>
    </PublicFrame>
  );
}
