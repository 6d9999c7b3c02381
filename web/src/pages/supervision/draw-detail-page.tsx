// One draw, step by step: ① 冻结名录并公布哈希 → ② 揭示种子并抽取 → ③ 录入检查结果 → ④ 核验.
// Staff see each drawn enterprise's class at freezing (internal); the public page does not.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  DatePicker,
  Input,
  Popconfirm,
  Select,
  Space,
  Steps,
  Table,
  type TableProps,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/api-error.ts';
import { drawApi, type InternalResult, type Verification } from '../../api/supervision.ts';
import { ErrorResult, PageLoading } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { DrawSummary } from '../../components/supervision/draw-summary.tsx';
import { RiskClassTag } from '../../components/supervision/risk-class-tag.tsx';
import { canManageSupervision } from '../../components/supervision/supervision-roles.ts';
import { VerificationView } from '../../components/supervision/verification-view.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useSession } from '../../session/session-context.tsx';

interface Entry {
  outcome?: string;
  date?: string;
  note?: string;
}

export function DrawDetailPage() {
  const id = Number(useParams().id);
  const { user } = useSession();
  const manage = canManageSupervision(user);
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi((signal) => drawApi.get(id, signal), [id]);
  const options = useApi((signal) => drawApi.outcomeOptions(signal), []);
  const [revealing, setRevealing] = useState(false);
  const [verification, setVerification] = useState<Verification | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [entries, setEntries] = useState<Record<number, Entry>>({});
  const [saving, setSaving] = useState<number | null>(null);

  if (error) return <ErrorResult error={error} onRetry={reload} />;
  if (loading && !data) return <PageLoading />;
  if (!data) return null;
  const { draw, results } = data;
  const entered = results.filter((r) => r.outcomeCode !== null).length;
  const step = draw.status === 'frozen' ? 1 : entered < results.length ? 2 : 3;

  const reveal = async () => {
    setRevealing(true);
    try {
      const d = await drawApi.reveal(id);
      message.success(`已揭示种子,抽中 ${d.drawnCount} 家`);
      reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setRevealing(false);
    }
  };

  const verify = async () => {
    setVerifying(true);
    try {
      setVerification(await drawApi.verify(id));
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setVerifying(false);
    }
  };

  const save = async (r: InternalResult) => {
    const e = entries[r.enterpriseId] ?? {};
    const outcome = e.outcome ?? r.outcomeCode;
    if (!outcome) {
      message.warning('请选择检查结果');
      return;
    }
    setSaving(r.enterpriseId);
    try {
      const res = await drawApi.enterOutcome(id, r.enterpriseId, {
        outcome,
        inspectedOn: e.date ?? r.inspectedOn ?? dayjs().format('YYYY-MM-DD'),
        note: e.note ?? r.note,
      });
      const change = res.classChanges[0];
      message.success(`已录入「${r.enterpriseName}」${change ? `,风险分类变为 ${change.to}` : ''}`);
      reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setSaving(null);
    }
  };

  const setEntry = (enterpriseId: number, patch: Entry) =>
    setEntries({ ...entries, [enterpriseId]: { ...entries[enterpriseId], ...patch } });

  const columns: TableProps<InternalResult>['columns'] = [
    {
      title: '企业',
      dataIndex: 'enterpriseName',
      render: (n: string, r) => <Link to={`/supervision/enterprises/${r.enterpriseId}`}>{n}</Link>,
    },
    { title: '地区', dataIndex: 'regionName', width: 110, render: (v: string | null) => v ?? '—' },
    { title: '行业', dataIndex: 'industry', width: 100 },
    {
      title: '冻结时分类',
      dataIndex: 'riskClass',
      width: 130,
      render: (c: InternalResult['riskClass']) => <RiskClassTag value={c} />,
    },
    { title: '检查人员', dataIndex: 'inspectors', width: 140, render: (v: string[]) => v.join('、') },
    {
      title: '检查结果',
      key: 'outcome',
      width: 560,
      render: (_, r) =>
        manage ? (
          <Space size={4} wrap>
            <Select
              style={{ width: 250 }}
              placeholder="选择结果"
              value={entries[r.enterpriseId]?.outcome ?? r.outcomeCode ?? undefined}
              options={(options.data?.items ?? []).map((o) => ({ value: o.code, label: o.label }))}
              onChange={(v) => setEntry(r.enterpriseId, { outcome: v })}
            />
            <DatePicker
              style={{ width: 130 }}
              value={dayjs(entries[r.enterpriseId]?.date ?? r.inspectedOn ?? undefined)}
              onChange={(d) => setEntry(r.enterpriseId, { date: d ? d.format('YYYY-MM-DD') : undefined })}
            />
            <Input
              style={{ width: 100 }}
              placeholder="备注"
              defaultValue={r.note ?? ''}
              onChange={(ev) => setEntry(r.enterpriseId, { note: ev.target.value })}
            />
            <Button
              size="small"
              type={r.outcomeCode ? 'default' : 'primary'}
              loading={saving === r.enterpriseId}
              onClick={() => save(r)}
            >
              {r.outcomeCode ? '更新' : '录入'}
            </Button>
          </Space>
        ) : (
          (r.outcome ?? '未录入')
        ),
    },
  ];

  return (
    <PageContainer
      breadcrumb={[{ title: '监管闭环' }, { title: '双随机', path: '/supervision/draws' }, { title: `抽取 #${id}` }]}
      title={`抽取 #${id}:${draw.planName}`}
      extra={
        <Space>
          <Link to={`/public/draws/${id}`} target="_blank">
            公开页
          </Link>
          <Button icon={<SafetyCertificateOutlined />} loading={verifying} onClick={verify}>
            核验
          </Button>
        </Space>
      }
    >
      <Space vertical size={16} style={{ width: '100%' }}>
        <Steps
          current={step}
          items={[
            { title: '冻结名录', content: '公布名录哈希与种子承诺值' },
            { title: '揭示种子', content: '由种子和冻结名录确定抽取结果' },
            { title: '录入结果', content: `${entered} / ${results.length} 家` },
            { title: '核验', content: '任何人可重新抽取核对' },
          ]}
        />
        {draw.status === 'frozen' && manage && (
          <Card size="small">
            <Space>
              <Typography.Text>
                名录哈希和种子承诺值已公布。揭示种子后,结果由种子和冻结名录唯一确定,不能重抽。
              </Typography.Text>
              <Popconfirm title="揭示种子并抽取?" description="结果随即公开,不能撤销" onConfirm={reveal}>
                <Button type="primary" loading={revealing}>
                  揭示种子并抽取
                </Button>
              </Popconfirm>
            </Space>
          </Card>
        )}
        {verification && (
          <Card size="small" title="核验结果">
            <VerificationView v={verification} />
          </Card>
        )}
        <DrawSummary draw={draw} />
        {draw.status === 'revealed' && (
          <Card size="small" title={`抽中企业(${results.length})`}>
            <Table<InternalResult>
              rowKey="enterpriseId"
              size="small"
              columns={columns}
              dataSource={results}
              scroll={{ x: 1300 }}
              pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 家` }}
            />
          </Card>
        )}
      </Space>
    </PageContainer>
  );
}
