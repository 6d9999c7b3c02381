// 匹配确认: records whose enterprise the system could not settle on its own (two candidates, a
// fuzzy name, a code that contradicts the name). A person picks the enterprise — the record's
// spelling then becomes an alias — or rejects every candidate.
import { App, Button, Empty, Popconfirm, Radio, Segmented, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/api-error.ts';
import { enterpriseApi, type QueueItem } from '../../api/supervision.ts';
import { ErrorResult } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { useApi } from '../../hooks/use-api.ts';

type Status = 'pending' | 'confirmed' | 'rejected';

export function MatchQueuePage() {
  const { message } = App.useApp();
  const [status, setStatus] = useState<Status>('pending');
  const [page, setPage] = useState(1);
  const [chosen, setChosen] = useState<Record<number, number>>({});
  const [busy, setBusy] = useState<number | null>(null);
  const { data, error, loading, reload } = useApi(
    (signal) => enterpriseApi.queue({ status, page, pageSize: 20 }, signal),
    [status, page],
  );

  const confirm = async (item: QueueItem) => {
    const enterpriseId = chosen[item.id] ?? item.candidates[0]?.enterpriseId;
    if (!enterpriseId) return;
    setBusy(item.id);
    try {
      const r = await enterpriseApi.confirm(item.id, enterpriseId);
      message.success(`已确认${r.alsoLinked > 0 ? `,同名记录另关联 ${r.alsoLinked} 条` : ''}`);
      reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const reject = async (item: QueueItem) => {
    setBusy(item.id);
    try {
      await enterpriseApi.reject(item.id);
      message.success('已驳回');
      reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const columns: TableProps<QueueItem>['columns'] = [
    {
      title: '记录',
      key: 'record',
      width: 260,
      render: (_, q) => (
        <Space vertical size={0}>
          <span>
            {q.tableLabel} · {q.roleLabel}
          </span>
          {q.record && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {q.record.date} {q.record.product} {q.record.result}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: '记录中的企业',
      key: 'party',
      width: 240,
      render: (_, q) => (
        <Space vertical size={0}>
          <Typography.Text strong>{q.partyName ?? '—'}</Typography.Text>
          {q.partyCode && <Typography.Text code>{q.partyCode}</Typography.Text>}
        </Space>
      ),
    },
    { title: '原因', dataIndex: 'reason', width: 220 },
    {
      title: '候选企业',
      key: 'candidates',
      render: (_, q) =>
        status === 'pending' ? (
          <Radio.Group
            value={chosen[q.id] ?? q.candidates[0]?.enterpriseId}
            onChange={(ev) => setChosen({ ...chosen, [q.id]: ev.target.value as number })}
          >
            <Space vertical size={2}>
              {q.candidates.map((c) => (
                <Radio key={c.enterpriseId} value={c.enterpriseId}>
                  <Link to={`/supervision/enterprises/${c.enterpriseId}`} target="_blank">
                    {c.name}
                  </Link>{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {c.creditCode} · {c.reason}
                  </Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        ) : (
          <Tag color={status === 'confirmed' ? 'green' : 'default'}>{status === 'confirmed' ? '已确认' : '已驳回'}</Tag>
        ),
    },
    ...(status === 'pending'
      ? [
          {
            title: '操作',
            key: 'ops',
            width: 150,
            fixed: 'right' as const,
            render: (_: unknown, q: QueueItem) => (
              <Space>
                <Button size="small" type="primary" loading={busy === q.id} onClick={() => confirm(q)}>
                  确认
                </Button>
                <Popconfirm
                  title="驳回?"
                  description="该记录不属于任何候选企业,之后不再提示"
                  onConfirm={() => reject(q)}
                >
                  <Button size="small" disabled={busy === q.id}>
                    驳回
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <PageContainer breadcrumb={[{ title: '监管闭环' }, { title: '匹配确认' }]} title="匹配确认">
      <Segmented<Status>
        style={{ marginBottom: 12 }}
        value={status}
        onChange={(v) => {
          setStatus(v);
          setPage(1);
        }}
        options={[
          { value: 'pending', label: '待确认' },
          { value: 'confirmed', label: '已确认' },
          { value: 'rejected', label: '已驳回' },
        ]}
      />
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : (
        <Table<QueueItem>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={data?.items ?? []}
          scroll={{ x: 1200 }}
          locale={{ emptyText: <Empty description={status === 'pending' ? '没有待确认的匹配' : '暂无'} /> }}
          pagination={{
            current: page,
            pageSize: 20,
            total: data?.total ?? 0,
            onChange: setPage,
            showTotal: (t) => `共 ${t} 条`,
          }}
        />
      )}
    </PageContainer>
  );
}
