// 考核: the year's assessments with their stage; the office starts one from a rule set.
import { App, Button, Form, InputNumber, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/api-error.ts';
import { assessmentApi, ROUND_STATUS_COLOR, type RoundSummary } from '../../api/assessment.ts';
import { ErrorResult } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { canManagePlans } from '../../lib/roles.ts';
import { useSession } from '../../session/session-context.tsx';

function CreateRound({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ year: number; ruleSetId: number }>();
  const { data } = useApi((signal) => (open ? assessmentApi.ruleSets(signal) : Promise.resolve(null)), [open]);
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open={open}
      title="新建考核"
      okText="新建"
      confirmLoading={busy}
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        setBusy(true);
        try {
          const r = await assessmentApi.create(v);
          navigate(`/assessment/rounds/${r.id}`);
        } catch (err) {
          message.error(errorMessage(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      <Form form={form} layout="vertical" initialValues={{ year: 2023 }}>
        <Form.Item name="year" label="考核年度" rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="ruleSetId" label="考核规则" rules={[{ required: true, message: '请选择考核规则' }]}>
          <Select
            data-testid="rule-set-select"
            placeholder="选择考核规则"
            options={(data?.items ?? []).map((r) => ({ value: r.id, label: `${r.name}(第 ${r.version} 版)` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function RoundsPage() {
  const { user } = useSession();
  const manage = canManagePlans(user);
  const [creating, setCreating] = useState(false);
  const { data, error, loading, reload } = useApi((signal) => assessmentApi.rounds(undefined, signal), []);
  return (
    <PageContainer
      breadcrumb={[{ title: '考核评价' }, { title: '考核' }]}
      title="考核"
      extra={
        <Space>
          <Link to="/assessment/rules">
            <Button>考核规则</Button>
          </Link>
          {manage && (
            <Button type="primary" onClick={() => setCreating(true)}>
              新建考核
            </Button>
          )}
        </Space>
      }
    >
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : (
        <Table<RoundSummary>
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: manage ? '暂无考核, 请先在「考核规则」中导入规则, 再新建考核' : '暂无考核' }}
          columns={[
            {
              title: '考核',
              dataIndex: 'title',
              render: (v: string, r) => <Link to={`/assessment/rounds/${r.id}`}>{v}</Link>,
            },
            { title: '年度', dataIndex: 'year', width: 80 },
            {
              title: '阶段',
              key: 'status',
              width: 100,
              render: (_, r) => <Tag color={ROUND_STATUS_COLOR[r.status]}>{r.statusLabel}</Tag>,
            },
            {
              title: '考核规则',
              key: 'rules',
              render: (_, r) => (r.ruleSet ? `${r.ruleSet.name}(第 ${r.ruleSet.version} 版)` : '—'),
            },
            { title: '评分时间', dataIndex: 'scoredAt', width: 170, render: (v: string | null) => formatDateTime(v) },
            {
              title: '发布时间',
              dataIndex: 'publishedAt',
              width: 170,
              render: (v: string | null) => formatDateTime(v),
            },
          ]}
        />
      )}
      <CreateRound open={creating} onClose={() => setCreating(false)} />
    </PageContainer>
  );
}
