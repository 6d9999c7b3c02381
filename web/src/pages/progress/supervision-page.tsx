// 督办: 督办单 (supervision notices). The 州质量办 issues them (also from 逾期一览 with the task,
// unit and period filled in) and sees every one; a unit sees its own and acknowledges them.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Table, type TableProps, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { listNotices, type Notice, type NoticeStatus } from '../../api/progress.ts';
import { ErrorResult } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { AcknowledgeModal } from '../../components/progress/acknowledge-modal.tsx';
import { NoticeFormModal, type NoticePrefill } from '../../components/progress/notice-form-modal.tsx';
import { isReporter, isReviewer } from '../../components/progress/progress-roles.ts';
import { useApi } from '../../hooks/use-api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { intParam, withParams } from '../../lib/search-params.ts';
import { useSession } from '../../session/session-context.tsx';

export function SupervisionPage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const tab = params.get('status');
  const status: NoticeStatus | undefined = tab === 'open' || tab === 'acknowledged' ? tab : undefined;
  const { data, error, loading, reload } = useApi((signal) => listNotices({ status }, signal), [status]);
  const [acking, setAcking] = useState<Notice | null>(null);

  // ?issue=1&taskId=&unitId=&period= opens the form pre-filled (links from 逾期一览).
  const issuing = params.get('issue') === '1';
  const prefill = useMemo<NoticePrefill | null>(
    () =>
      issuing
        ? {
            taskId: intParam(params, 'taskId') ?? undefined,
            unitId: intParam(params, 'unitId') ?? undefined,
            period: params.get('period') ?? undefined,
          }
        : null,
    [issuing, params],
  );
  const closeForm = () => setParams(withParams(params, { issue: null, taskId: null, unitId: null, period: null }));

  const columns: TableProps<Notice>['columns'] = [
    { title: '单位', dataIndex: 'unitName', width: 180 },
    {
      title: '任务 / 周期',
      key: 'task',
      width: 240,
      render: (_, n) => (
        <Flex vertical>
          <Link to={`/tasks/${n.taskId}`}>{n.taskTitle}</Link>
          {n.periodLabel && <Typography.Text type="secondary">{n.periodLabel}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: '督办内容',
      dataIndex: 'content',
      render: (v: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span>,
    },
    {
      title: '期限',
      key: 'due',
      width: 130,
      render: (_, n) => (
        <Flex vertical gap={2}>
          <span>{n.dueDate ?? '—'}</span>
          {n.overdue && <Tag color="red">已超期</Tag>}
        </Flex>
      ),
    },
    {
      title: '下发',
      key: 'issued',
      width: 170,
      render: (_, n) => (
        <Flex vertical>
          <span>{n.issuedBy}</span>
          <Typography.Text type="secondary">{formatDateTime(n.issuedAt)}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: '签收 / 回复',
      key: 'ack',
      width: 260,
      render: (_, n) =>
        n.status === 'open' ? (
          isReporter(user) ? (
            <Button size="small" type="primary" onClick={() => setAcking(n)}>
              签收
            </Button>
          ) : (
            <Tag color="orange">待签收</Tag>
          )
        ) : (
          <Flex vertical gap={2}>
            <span>
              <Tag color="green">已签收</Tag>
              {n.acknowledgedBy} · {formatDateTime(n.acknowledgedAt)}
            </span>
            <Typography.Text>{n.reply}</Typography.Text>
          </Flex>
        ),
    },
  ];

  return (
    <PageContainer
      breadcrumb={[{ title: '进展督办' }, { title: '督办' }]}
      title="督办单"
      extra={
        isReviewer(user) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setParams(withParams(params, { issue: '1' }))}>
            下发督办单
          </Button>
        )
      }
    >
      <Tabs
        activeKey={status ?? 'all'}
        items={[
          { key: 'all', label: '全部' },
          { key: 'open', label: '待签收' },
          { key: 'acknowledged', label: '已签收' },
        ]}
        onChange={(key) => setParams(withParams(params, { status: key === 'all' ? null : key }))}
      />
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : (
        <div data-testid="notices">
          <Table<Notice>
            rowKey="id"
            size="middle"
            loading={loading}
            columns={columns}
            dataSource={data?.items ?? []}
            scroll={{ x: 1100 }}
            locale={{ emptyText: '暂无督办单' }}
            pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 份` }}
          />
        </div>
      )}
      {isReviewer(user) && (
        <NoticeFormModal
          open={issuing}
          prefill={prefill}
          onClose={closeForm}
          onIssued={(n) => {
            message.success(`已向${n.unitName}下发督办单`);
            closeForm();
            reload();
          }}
        />
      )}
      <AcknowledgeModal
        notice={acking}
        onClose={() => setAcking(null)}
        onDone={() => {
          message.success('已签收');
          setAcking(null);
          reload();
        }}
      />
    </PageContainer>
  );
}
