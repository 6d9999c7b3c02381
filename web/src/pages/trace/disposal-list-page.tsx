// 核查处置: cases opened from failed food samples (and incident supervision tasks), with counts
// per county and a red tag on every case with an action past its deadline.
import { SyncOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/api-error.ts';
import { type CaseSummary, disposalSummary, listCases, syncCases } from '../../api/trace.ts';
import { ErrorResult } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { canActOnLoop } from '../../components/trace/can.ts';
import { useApi } from '../../hooks/use-api.ts';
import { useRegions } from '../../hooks/use-reference-data.ts';
import { formatDate } from '../../lib/format.ts';
import { intParam, withParams } from '../../lib/search-params.ts';
import { useSession } from '../../session/session-context.tsx';

export function CaseStatusTag({ c }: { c: Pick<CaseSummary, 'status' | 'overdue'> }) {
  if (c.status === 'closed') return <Tag color="green">已结案</Tag>;
  return c.overdue ? <Tag color="red">逾期</Tag> : <Tag color="blue">办理中</Tag>;
}

const YEARS = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i);

export function DisposalListPage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as 'open' | 'closed' | null) ?? undefined;
  const overdue = params.get('overdue') === '1';
  const region = params.get('region') ?? undefined;
  const year = intParam(params, 'year') ?? undefined;
  const page = intParam(params, 'page') ?? 1;
  const regions = useRegions();
  const update = (c: Record<string, string | number | null>) => setParams(withParams(params, { page: null, ...c }));

  const cases = useApi(
    (s) => listCases({ status, overdue, region, year, page, pageSize: 20 }, s),
    [status, overdue, region, year, page],
  );
  const summary = useApi((s) => disposalSummary({ year, region }, s), [year, region]);

  const sync = async () => {
    try {
      const r = await syncCases();
      message.success(r.opened > 0 ? `新开立案件 ${r.opened} 件` : '没有需要开立的案件');
      cases.reload();
      summary.reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <PageContainer
      breadcrumb={[{ title: '监管闭环' }, { title: '核查处置' }]}
      title="核查处置"
      extra={
        canActOnLoop(user) && (
          <Button icon={<SyncOutlined />} onClick={sync}>
            按不合格抽检记录开立案件
          </Button>
        )
      }
    >
      {summary.data && (
        <Card size="small" style={{ marginBottom: 16 }} title={`各县市案件(截至 ${formatDate(summary.data.asOf)})`}>
          <Flex wrap gap={12}>
            {summary.data.items.map((r) => (
              <Card.Grid key={r.regionCode ?? 'none'} hoverable={false} style={{ width: 180, padding: 12 }}>
                <Typography.Text strong>{r.regionName}</Typography.Text>
                <div>
                  在办 {r.open} ·{' '}
                  <Typography.Text type={r.overdue > 0 ? 'danger' : undefined}>逾期 {r.overdue}</Typography.Text> · 结案{' '}
                  {r.closed}
                </div>
              </Card.Grid>
            ))}
          </Flex>
        </Card>
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Select
            style={{ width: 120 }}
            placeholder="状态"
            allowClear
            value={status}
            options={[
              { value: 'open', label: '办理中' },
              { value: 'closed', label: '已结案' },
            ]}
            onChange={(v) => update({ status: v ?? null })}
          />
          <Select
            style={{ width: 160 }}
            placeholder="县市"
            allowClear
            value={region}
            disabled={user?.role === 'county'}
            options={(regions.data ?? [])
              .filter((r) => r.level === 'county')
              .map((r) => ({ value: r.code, label: r.shortName }))}
            onChange={(v) => update({ region: v ?? null })}
          />
          <Select
            style={{ width: 110 }}
            placeholder="年度"
            allowClear
            value={year}
            options={YEARS.map((y) => ({ value: y, label: `${y} 年` }))}
            onChange={(v) => update({ year: v ?? null })}
          />
          <Space>
            <Switch checked={overdue} onChange={(v) => update({ overdue: v ? 1 : null })} />
            只看逾期
          </Space>
        </Space>
      </Card>
      {cases.error ? (
        <ErrorResult error={cases.error} onRetry={cases.reload} />
      ) : (
        <Table<CaseSummary>
          rowKey="id"
          loading={cases.loading}
          dataSource={cases.data?.items ?? []}
          onRow={(c) => (c.overdue ? { style: { background: '#fff1f0' } } : {})}
          pagination={{
            current: page,
            pageSize: 20,
            total: cases.data?.total ?? 0,
            onChange: (p) => setParams(withParams(params, { page: p })),
          }}
          columns={[
            { title: '案件', dataIndex: 'title', render: (t: string, c) => <Link to={`/disposal/${c.id}`}>{t}</Link> },
            {
              title: '来源',
              dataIndex: 'origin',
              width: 90,
              render: (o: string) => (o === 'incident' ? '事故报告' : '抽检不合格'),
            },
            {
              title: '生产企业',
              dataIndex: 'producerName',
              render: (n: string | null, c) => n ?? c.producerCreditCode ?? '—',
            },
            { title: '县市', dataIndex: 'regionName', width: 90, render: (n: string | null) => n ?? '—' },
            { title: '开立', dataIndex: 'openedAt', width: 110, render: (v: string) => formatDate(v) },
            { title: '措施', key: 'progress', width: 80, render: (_, c) => `${c.actionsDone}/${c.actionsTotal}` },
            { title: '最近期限', dataIndex: 'nextDueAt', width: 110, render: (v: string | null) => formatDate(v) },
            { title: '状态', key: 'status', width: 90, render: (_, c) => <CaseStatusTag c={c} /> },
          ]}
        />
      )}
    </PageContainer>
  );
}
