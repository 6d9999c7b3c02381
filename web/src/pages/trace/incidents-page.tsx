// 事故报告: the list with each report's deadline clock, per-county counts by severity (with the
// one-vote veto), and a form for staff to record a report received by phone or letter.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/api-error.ts';
import { createIncident, type Incident, incidentSummary, listIncidents, SEVERITIES } from '../../api/trace.ts';
import { ErrorResult } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { canActOnLoop } from '../../components/trace/can.ts';
import { IncidentForm, type IncidentFormValues, toIncidentInput } from '../../components/trace/incident-form.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useRegions } from '../../hooks/use-reference-data.ts';
import { formatDateTime } from '../../lib/format.ts';
import { intParam, withParams } from '../../lib/search-params.ts';
import { useSession } from '../../session/session-context.tsx';

export const SEVERITY_COLORS: Record<string, string> = {
  一般: 'blue',
  较大: 'orange',
  重大: 'red',
  特别重大: 'magenta',
};

export function ClockTag({ clock }: { clock: Incident['clock'] }) {
  if (clock.onTime) return <Tag color="green">按时报告({clock.hoursToReport} 小时)</Tag>;
  const h = Math.floor(clock.minutesLate / 60);
  const m = clock.minutesLate % 60;
  return <Tag color="red">迟报 {[h > 0 ? `${h} 小时` : '', m > 0 || h === 0 ? `${m} 分钟` : ''].join(' ').trim()}</Tag>;
}

const YEARS = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i);

export function IncidentsPage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? undefined;
  const severity = params.get('severity') ?? undefined;
  const year = intParam(params, 'year') ?? undefined;
  const page = intParam(params, 'page') ?? 1;
  const regions = useRegions();
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<IncidentFormValues>();
  const update = (c: Record<string, string | number | null>) => setParams(withParams(params, { page: null, ...c }));

  const list = useApi(
    (s) => listIncidents({ status, severity, year, page, pageSize: 20 }, s),
    [status, severity, year, page],
  );
  const summary = useApi((s) => incidentSummary({ year }, s), [year]);

  const create = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const i = await createIncident(toIncidentInput(v));
      message.success(`已登记,受理编号 ${i.receiptNo}`);
      setCreating(false);
      navigate(`/incidents/${i.id}`);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageContainer
      breadcrumb={[{ title: '监管闭环' }, { title: '事故报告' }]}
      title="产品质量安全事故报告"
      extra={
        <Space>
          <Typography.Link href="/public/incident-report" target="_blank">
            公众报告页面
          </Typography.Link>
          {canActOnLoop(user) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              登记事故报告
            </Button>
          )}
        </Space>
      }
    >
      {summary.data && (
        <Card size="small" title="各县市事故数" style={{ marginBottom: 16 }}>
          <Table
            size="small"
            rowKey={(r) => r.regionCode ?? 'none'}
            pagination={false}
            dataSource={summary.data.items}
            columns={[
              { title: '县市', dataIndex: 'regionName' },
              ...SEVERITIES.map((s) => ({
                title: s,
                key: s,
                align: 'right' as const,
                render: (_: unknown, r: (typeof summary.data.items)[number]) => r.bySeverity[s],
              })),
              { title: '合计', dataIndex: 'total', align: 'right' as const },
              {
                title: '考核',
                dataIndex: 'veto',
                render: (v: boolean) => (v ? <Tag color="red">一票否决</Tag> : null),
              },
            ]}
          />
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
              { value: 'open', label: '处理中' },
              { value: 'closed', label: '已办结' },
            ]}
            onChange={(v) => update({ status: v ?? null })}
          />
          <Select
            style={{ width: 120 }}
            placeholder="等级"
            allowClear
            value={severity}
            options={SEVERITIES.map((s) => ({ value: s, label: s }))}
            onChange={(v) => update({ severity: v ?? null })}
          />
          <Select
            style={{ width: 110 }}
            placeholder="年度"
            allowClear
            value={year}
            options={YEARS.map((y) => ({ value: y, label: `${y} 年` }))}
            onChange={(v) => update({ year: v ?? null })}
          />
        </Space>
      </Card>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : (
        <Table<Incident>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={{
            current: page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            onChange: (p) => setParams(withParams(params, { page: p })),
          }}
          columns={[
            {
              title: '受理编号',
              dataIndex: 'receiptNo',
              render: (r: string, i) => <Link to={`/incidents/${i.id}`}>{r}</Link>,
            },
            { title: '企业', dataIndex: 'enterpriseName' },
            { title: '产品', dataIndex: 'productName' },
            { title: '县市', dataIndex: 'regionName', render: (n: string | null) => n ?? '—' },
            { title: '等级', dataIndex: 'severity', render: (s: string) => <Tag color={SEVERITY_COLORS[s]}>{s}</Tag> },
            { title: '伤亡', key: 'inj', render: (_, i) => `${i.injuredCount} 人(${i.injuryLevel})` },
            { title: '发现时间', dataIndex: 'discoveredAt', render: (v: string) => formatDateTime(v) },
            { title: '报告时限', key: 'clock', render: (_, i) => <ClockTag clock={i.clock} /> },
            {
              title: '状态',
              dataIndex: 'status',
              render: (s: string) =>
                s === 'closed' ? <Tag color="green">已办结</Tag> : <Tag color="blue">处理中</Tag>,
            },
          ]}
        />
      )}
      <Modal
        title="登记事故报告"
        width={860}
        open={creating}
        onCancel={() => setCreating(false)}
        onOk={create}
        confirmLoading={busy}
        okText="登记"
      >
        <IncidentForm
          form={form}
          regions={(regions.data ?? [])
            .filter((r) => r.level === 'county')
            .map((r) => ({ code: r.code, name: r.name }))}
        />
      </Modal>
    </PageContainer>
  );
}
