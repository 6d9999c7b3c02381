// 企业详情: the registration, the risk class with every point explained, the linked sampling and
// spot-check records, and the credit events (add, delete). Internal: staff only.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Popconfirm, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { errorMessage } from '../../api/api-error.ts';
import {
  type ClassChange,
  type CreditEvent,
  enterpriseApi,
  type LinkedRecord,
  RISK_CLASS_LABELS,
} from '../../api/supervision.ts';
import { ErrorResult, PageLoading } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { CreditEventModal } from '../../components/supervision/credit-event-modal.tsx';
import { DrawHistoryCard } from '../../components/supervision/draw-history-card.tsx';
import { EnterpriseFormModal } from '../../components/supervision/enterprise-form-modal.tsx';
import { RiskClassTag } from '../../components/supervision/risk-class-tag.tsx';
import { RiskExplanation } from '../../components/supervision/risk-explanation.tsx';
import { canManageSupervision } from '../../components/supervision/supervision-roles.ts';
import { useApi } from '../../hooks/use-api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useSession } from '../../session/session-context.tsx';

const OUTCOME_COLORS = { pass: 'green', fail: 'red', refused: 'orange' } as const;
const METHOD_LABELS: Record<string, string> = {
  code: '信用代码',
  name: '名称',
  alias: '别名',
  fuzzy: '相似名称',
  manual: '人工确认',
};

function classChangeText(changes: ClassChange[]): string {
  const c = changes[0];
  return c ? `,风险分类由 ${c.from ?? '未评分'} 变为 ${c.to}(${RISK_CLASS_LABELS[c.to]})` : '';
}

export function EnterpriseDetailPage() {
  const id = Number(useParams().id);
  const { user } = useSession();
  const { message } = App.useApp();
  const manage = canManageSupervision(user);
  const [editing, setEditing] = useState(false);
  const [addingEvent, setAddingEvent] = useState(false);
  const meta = useApi((signal) => enterpriseApi.meta(signal), []);
  const { data, error, loading, reload } = useApi((signal) => enterpriseApi.get(id, signal), [id]);
  const kindLabel = new Map((meta.data?.eventKinds ?? []).map((k) => [k.kind, k.label]));

  if (error) return <ErrorResult error={error} onRetry={reload} />;
  if (loading && !data) return <PageLoading />;
  if (!data) return null;
  const e = data.enterprise;

  const deleteEvent = async (ev: CreditEvent) => {
    try {
      const r = await enterpriseApi.deleteEvent(ev.id);
      message.success(`已删除${classChangeText(r.classChanges)}`);
      reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const recordColumns: TableProps<LinkedRecord>['columns'] = [
    { title: '日期', dataIndex: 'date', width: 110 },
    {
      title: '来源',
      dataIndex: 'table',
      width: 140,
      render: (t: string) => (t === 'food_samples' ? '食品安全抽检' : '产品质量监督抽查'),
    },
    { title: '身份', dataIndex: 'roleLabel', width: 110 },
    { title: '产品', dataIndex: 'product' },
    {
      title: '结果',
      dataIndex: 'result',
      width: 150,
      render: (r: string, rec) => <Tag color={OUTCOME_COLORS[rec.outcome]}>{r}</Tag>,
    },
    { title: '不合格项目', dataIndex: 'detail', render: (d: string | null) => d ?? '—' },
    {
      title: '关联方式',
      dataIndex: 'method',
      width: 120,
      render: (m: string, rec) => (
        <Typography.Text title={rec.reason}>
          {METHOD_LABELS[m] ?? m}
          {rec.confidence < 1 ? ` ${Math.round(rec.confidence * 100)}%` : ''}
        </Typography.Text>
      ),
    },
  ];

  const eventColumns: TableProps<CreditEvent>['columns'] = [
    { title: '日期', dataIndex: 'date', width: 110 },
    { title: '类型', dataIndex: 'kind', width: 170, render: (k: string) => kindLabel.get(k) ?? k },
    { title: '内容', dataIndex: 'description' },
    { title: '来源', dataIndex: 'source', width: 240 },
    { title: '分值', dataIndex: 'points', width: 70, align: 'right', render: (p: number | null) => p ?? '—' },
    ...(manage
      ? [
          {
            title: '',
            key: 'ops',
            width: 60,
            render: (_: unknown, ev: CreditEvent) =>
              ev.sourceTable ? null : (
                <Popconfirm
                  title="删除这条信用记录?"
                  description="删除后重新计算风险分类"
                  onConfirm={() => deleteEvent(ev)}
                >
                  <Button type="text" size="small" danger icon={<DeleteOutlined />} />
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];

  return (
    <PageContainer
      breadcrumb={[{ title: '监管闭环' }, { title: '企业档案', path: '/supervision/enterprises' }, { title: e.name }]}
      title={
        <Space>
          {e.name}
          <RiskClassTag value={e.riskClass} score={e.riskScore} />
        </Space>
      }
      documentTitle={e.name}
      extra={
        manage && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            编辑
          </Button>
        )
      }
    >
      <Space vertical size={16} style={{ width: '100%' }}>
        <Card size="small" title="登记信息">
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label="统一社会信用代码">
              <Typography.Text code copyable>
                {e.creditCode}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="地区">{e.regionName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="行业">{e.industry}</Descriptions.Item>
            <Descriptions.Item label="规模">{e.size ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="住所">{e.address ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="别名">{e.aliases.length > 0 ? e.aliases.join('、') : '—'}</Descriptions.Item>
            <Descriptions.Item label="许可证" span={3}>
              {e.licences.length > 0 ? e.licences.map((l) => `${l.type} ${l.number}`).join(';') : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="最近评分">{formatDateTime(e.riskComputedAt)}</Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small" title="风险分类及说明(内部信息,不公开)" data-testid="risk-card">
          <RiskExplanation risk={data.risk} />
        </Card>
        <Card size="small" title={`抽检抽查记录(${data.records.length})`}>
          <Table<LinkedRecord>
            rowKey={(r) => `${r.table}-${r.id}-${r.role}`}
            size="small"
            columns={recordColumns}
            dataSource={data.records}
            scroll={{ x: 1000 }}
            pagination={data.records.length > 10 ? { pageSize: 10 } : false}
            locale={{ emptyText: '尚无关联的抽检、抽查记录' }}
          />
        </Card>
        <DrawHistoryCard draws={data.draws} />
        <Card
          size="small"
          title={`信用记录(${data.events.length})`}
          extra={
            manage && (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setAddingEvent(true)}>
                添加
              </Button>
            )
          }
        >
          <Table<CreditEvent>
            rowKey="id"
            size="small"
            columns={eventColumns}
            dataSource={[...data.events].reverse()}
            scroll={{ x: 900 }}
            pagination={data.events.length > 10 ? { pageSize: 10 } : false}
            locale={{ emptyText: '尚无处罚、处置、事故、投诉、认证、奖励或标准自我声明记录' }}
          />
        </Card>
      </Space>
      <EnterpriseFormModal
        open={editing}
        enterprise={e}
        meta={meta.data}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          message.success('已保存');
          reload();
        }}
      />
      <CreditEventModal
        open={addingEvent}
        enterpriseId={e.id}
        meta={meta.data}
        onClose={() => setAddingEvent(false)}
        onSaved={(changes) => {
          setAddingEvent(false);
          message.success(`已添加${classChangeText(changes)}`);
          reload();
        }}
      />
    </PageContainer>
  );
}
