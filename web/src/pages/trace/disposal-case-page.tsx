// One 核查处置 case: the failed sample, the forward trace to every outlet with quantities, the
// actions with deadlines and evidence, and closing (once every required action is done).
import { App, Button, Card, Descriptions, Empty, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/api-error.ts';
import { type CaseDetail, closeCase, completeAction, type DisposalAction, getCase } from '../../api/trace.ts';
import { ErrorResult, PageLoading } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { canActOnLoop } from '../../components/trace/can.ts';
import { CaseEvidenceCard } from '../../components/trace/case-evidence-card.tsx';
import { OutletTable } from '../../components/trace/outlet-table.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useSession } from '../../session/session-context.tsx';
import { CaseStatusTag } from './disposal-list-page.tsx';

function sampleText(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  return typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v);
}

function failedItems(v: unknown): string {
  if (!Array.isArray(v)) return sampleText(v);
  return v
    .map((x) => (x && typeof x === 'object' ? Object.values(x as Record<string, unknown>).join(' ') : String(x)))
    .join(';');
}

export function DisposalCasePage() {
  const id = Number(useParams().id);
  const { user } = useSession();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi((s) => getCase(id, s), [id]);
  const [acting, setActing] = useState<DisposalAction | null>(null);
  const [closing, setClosing] = useState(false);
  const [form] = Form.useForm();
  const [closeForm] = Form.useForm();
  const [busy, setBusy] = useState(false);

  if (loading && !data) return <PageLoading />;
  if (error || !data) return <ErrorResult error={error} onRetry={reload} />;
  const c: CaseDetail = data;
  const open = c.status === 'open';
  const may = canActOnLoop(user) && open;
  const pending = c.actions.filter((a) => a.required && !a.doneAt);

  const submitAction = async () => {
    const v = await form.validateFields();
    if (!acting) return;
    setBusy(true);
    try {
      await completeAction(c.id, acting.id, { evidenceText: v.evidenceText, evidenceFile: v.evidenceFile || null });
      message.success(`已登记「${acting.kind}」完成`);
      setActing(null);
      form.resetFields();
      reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const submitClose = async () => {
    const v = await closeForm.validateFields();
    setBusy(true);
    try {
      await closeCase(c.id, v);
      message.success('已结案,处置结果已记入企业信用记录');
      setClosing(false);
      reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const s = c.sample ?? {};
  return (
    <PageContainer
      breadcrumb={[{ title: '监管闭环' }, { title: '核查处置', path: '/disposal' }, { title: `案件 ${c.id}` }]}
      title={
        <Space>
          {c.title}
          <CaseStatusTag c={c} />
        </Space>
      }
      documentTitle={c.title}
      extra={
        may && (
          <Button
            type="primary"
            disabled={pending.length > 0}
            onClick={() => setClosing(true)}
            title={pending.length > 0 ? `尚未完成:${pending.map((a) => a.kind).join('、')}` : undefined}
          >
            结案
          </Button>
        )
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small" title={c.origin === 'incident' ? '事故报告' : '不合格抽检记录'}>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label="产品">{c.productName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="批号">{c.batch ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="生产企业">
              <EnterpriseName id={c.producerEnterpriseId} name={c.producerName} testId="case-producer" />
            </Descriptions.Item>
            <Descriptions.Item label="信用代码">{c.producerCreditCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="县市">{c.regionName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="开立">{formatDateTime(c.openedAt)}</Descriptions.Item>
            {c.sample && (
              <>
                <Descriptions.Item label="抽样编号">{sampleText(s.sampleNo)}</Descriptions.Item>
                <Descriptions.Item label="抽样日期">{sampleText(s.date)}</Descriptions.Item>
                <Descriptions.Item label="被抽样单位">
                  <EnterpriseName id={c.sampledUnitEnterpriseId} name={sampleText(s.sampledUnitName)} />
                </Descriptions.Item>
                <Descriptions.Item label="不合格项目" span={3}>
                  <Typography.Text type="danger">{failedItems(s.failedItems)}</Typography.Text>
                </Descriptions.Item>
              </>
            )}
            {c.incidentId && (
              <Descriptions.Item label="事故报告">
                <Link to={`/incidents/${c.incidentId}`}>查看事故报告</Link>
              </Descriptions.Item>
            )}
            {c.status === 'closed' && (
              <>
                <Descriptions.Item label="处置结果">{c.closeOutcome}</Descriptions.Item>
                <Descriptions.Item label="结案证据">{c.closeEvidence}</Descriptions.Item>
                <Descriptions.Item label="结案">
                  {formatDateTime(c.closedAt)} {c.closedBy}
                </Descriptions.Item>
              </>
            )}
          </Descriptions>
        </Card>

        <Card
          size="small"
          title="流向(向前追溯)"
          extra={
            c.tracedLotId && (
              <Link to={`/trace?lot=${encodeURIComponent(c.tracedLotId)}&direction=forward`}>查看追溯图</Link>
            )
          }
        >
          {c.tracedLotId ? (
            <OutletTable outlets={c.outlets} />
          ) : (
            <Empty description="追溯库中未找到与该生产企业和批号对应的批次" />
          )}
        </Card>

        <Card size="small" title="处置措施">
          <Table<DisposalAction>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={c.actions}
            columns={[
              {
                title: '措施',
                dataIndex: 'kind',
                width: 80,
                render: (k: string, a) =>
                  a.required ? (
                    k
                  ) : (
                    <>
                      {k} <Tag>可选</Tag>
                    </>
                  ),
              },
              {
                title: '期限',
                dataIndex: 'dueAt',
                width: 150,
                render: (v: string, a) => (a.overdue ? <Tag color="red">{formatDate(v)} 已逾期</Tag> : formatDate(v)),
              },
              {
                title: '完成',
                dataIndex: 'doneAt',
                width: 200,
                render: (v: string | null, a) =>
                  v ? (
                    `${formatDateTime(v)} ${a.doneBy ?? ''}`
                  ) : (
                    <Typography.Text type="secondary">未完成</Typography.Text>
                  ),
              },
              {
                title: '证据',
                key: 'evidence',
                render: (_, a) =>
                  a.evidenceText ? `${a.evidenceText}${a.evidenceFile ? `(附件:${a.evidenceFile})` : ''}` : '—',
              },
              {
                title: '',
                key: 'op',
                width: 100,
                render: (_, a) =>
                  may && !a.doneAt ? (
                    <Button size="small" onClick={() => setActing(a)}>
                      登记完成
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Card>
        <CaseEvidenceCard c={c} editable={may} onChanged={reload} />
      </Space>

      <Modal
        title={`登记「${acting?.kind ?? ''}」完成`}
        open={acting !== null}
        onCancel={() => setActing(null)}
        onOk={submitAction}
        confirmLoading={busy}
        okText="保存"
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="evidenceText"
            label="完成情况及证据"
            rules={[{ required: true, min: 2, message: '请填写完成情况及证据' }]}
          >
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item name="evidenceFile" label="附件(文件编号或存放位置,可选)">
            <Input maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        title="结案"
        open={closing}
        onCancel={() => setClosing(false)}
        onOk={submitClose}
        confirmLoading={busy}
        okText="结案"
      >
        <Form form={closeForm} layout="vertical">
          <Form.Item
            name="outcome"
            label="处置结果(记入企业信用记录)"
            rules={[{ required: true, min: 2, message: '请填写处置结果' }]}
          >
            <Input maxLength={200} placeholder="如:责令召回,罚款 5 万元" />
          </Form.Item>
          <Form.Item name="evidence" label="结案证据" rules={[{ required: true, min: 2, message: '请填写结案证据' }]}>
            <Input.TextArea rows={3} maxLength={2000} placeholder="如:行政处罚决定书文号" />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}

/** An enterprise's name, linked to its credit record (风险分类) where the registry has it. */
function EnterpriseName(props: { id: number | null; name: string | null; testId?: string }) {
  if (props.id === null) return <>{props.name ?? '—'}</>;
  return (
    <Link to={`/supervision/enterprises/${props.id}`} data-testid={props.testId} title="查看企业信用记录与风险分类">
      {props.name ?? '—'}
    </Link>
  );
}
