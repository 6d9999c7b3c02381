// 双随机: the inspection item list (一单), the inspector pool, draw plans (freeze from here) and
// the draws. Freezing checks every possible object has enough eligible inspectors first.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, type TableProps, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/api-error.ts';
import {
  type DrawPlan,
  drawApi,
  enterpriseApi,
  formatShare,
  type InspectionItem,
  type Inspector,
  type PublicDraw,
} from '../../api/supervision.ts';
import { ErrorResult } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { InspectorFormModal } from '../../components/supervision/inspector-form-modal.tsx';
import { ItemFormModal } from '../../components/supervision/item-form-modal.tsx';
import { PlanFormModal } from '../../components/supervision/plan-form-modal.tsx';
import { canManageSupervision } from '../../components/supervision/supervision-roles.ts';
import { useApi } from '../../hooks/use-api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useSession } from '../../session/session-context.tsx';

type Editing<T> = { value: T | null } | null;

export function DrawsPage() {
  const { user } = useSession();
  const manage = canManageSupervision(user);
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'draws';
  const meta = useApi((signal) => enterpriseApi.meta(signal), []);
  const items = useApi((signal) => drawApi.items(signal), []);
  const inspectors = useApi((signal) => drawApi.inspectors(signal), []);
  const plans = useApi((signal) => drawApi.plans(signal), []);
  const draws = useApi((signal) => drawApi.list(signal), []);
  const [item, setItem] = useState<Editing<InspectionItem>>(null);
  const [inspector, setInspector] = useState<Editing<Inspector>>(null);
  const [plan, setPlan] = useState<Editing<DrawPlan>>(null);
  const [freezing, setFreezing] = useState<number | null>(null);
  const industries = meta.data?.industries ?? [];

  const freeze = async (p: DrawPlan) => {
    setFreezing(p.id);
    try {
      const d = await drawApi.freeze(p.id);
      message.success('已冻结名录并公布哈希');
      navigate(`/supervision/draws/${d.id}`);
    } catch (err) {
      const details = err instanceof ApiError ? err.details : [];
      modal.error({
        title: errorMessage(err),
        width: 640,
        content: details.length > 0 && (
          <ul style={{ paddingLeft: 18 }}>
            {details.map((d) => (
              <li key={d.message}>{d.message}</li>
            ))}
          </ul>
        ),
      });
    } finally {
      setFreezing(null);
    }
  };

  const itemColumns: TableProps<InspectionItem>['columns'] = [
    { title: '抽查事项', dataIndex: 'name', width: 260 },
    { title: '法律依据', dataIndex: 'legalBasis' },
    {
      title: '适用行业',
      dataIndex: 'industries',
      width: 200,
      render: (v: string[]) => (v.length ? v.join('、') : '全部'),
    },
    {
      title: '状态',
      dataIndex: 'active',
      width: 80,
      render: (a: boolean) => (a ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
    },
    ...(manage
      ? [
          {
            title: '',
            key: 'ops',
            width: 70,
            render: (_: unknown, i: InspectionItem) => (
              <Typography.Link onClick={() => setItem({ value: i })}>编辑</Typography.Link>
            ),
          },
        ]
      : []),
  ];

  const inspectorColumns: TableProps<Inspector>['columns'] = [
    { title: '姓名', dataIndex: 'name', width: 100 },
    { title: '单位', dataIndex: 'unit', width: 200 },
    { title: '地区', dataIndex: 'regionName', width: 130, render: (v: string | null) => v ?? '—' },
    { title: '检查资格', dataIndex: 'qualifications', render: (v: string[]) => v.map((q) => <Tag key={q}>{q}</Tag>) },
    {
      title: '申报回避',
      dataIndex: 'conflictNames',
      width: 240,
      render: (v: Inspector['conflictNames']) =>
        v.length === 0 ? '—' : v.map((c) => <div key={c.creditCode}>{c.name ?? c.creditCode}</div>),
    },
    {
      title: '状态',
      dataIndex: 'active',
      width: 80,
      render: (a: boolean) => (a ? <Tag color="green">在岗</Tag> : <Tag>停用</Tag>),
    },
    ...(manage
      ? [
          {
            title: '',
            key: 'ops',
            width: 70,
            render: (_: unknown, i: Inspector) => (
              <Typography.Link onClick={() => setInspector({ value: i })}>编辑</Typography.Link>
            ),
          },
        ]
      : []),
  ];

  const planColumns: TableProps<DrawPlan>['columns'] = [
    { title: '计划', dataIndex: 'name' },
    {
      title: '抽取比例 A / B / C / D',
      key: 'shares',
      width: 220,
      render: (_, p) => (['A', 'B', 'C', 'D'] as const).map((c) => formatShare(p.rules.shares[c])).join(' / '),
    },
    { title: '每户人员', key: 'n', width: 90, render: (_, p) => p.rules.inspectorsPerObject },
    { title: '本地区回避', key: 'home', width: 100, render: (_, p) => (p.rules.avoidHomeRegion ? '是' : '否') },
    { title: '已抽取', dataIndex: 'drawCount', width: 80 },
    ...(manage
      ? [
          {
            title: '操作',
            key: 'ops',
            width: 200,
            render: (_: unknown, p: DrawPlan) => (
              <Space>
                {p.drawCount === 0 && <Typography.Link onClick={() => setPlan({ value: p })}>编辑</Typography.Link>}
                <Button size="small" type="primary" loading={freezing === p.id} onClick={() => freeze(p)}>
                  冻结名录并公布哈希
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  const drawColumns: TableProps<PublicDraw>['columns'] = [
    {
      title: '编号',
      dataIndex: 'id',
      width: 70,
      render: (id: number) => <Link to={`/supervision/draws/${id}`}>#{id}</Link>,
    },
    { title: '计划', dataIndex: 'planName' },
    {
      title: '状态',
      dataIndex: 'status',
      width: 130,
      render: (s: string) => (s === 'revealed' ? <Tag color="green">已抽取</Tag> : <Tag color="blue">已冻结</Tag>),
    },
    { title: '对象', dataIndex: 'objectCount', width: 100, render: (n: number) => n.toLocaleString('zh-CN') },
    {
      title: '抽中',
      dataIndex: 'drawnCount',
      width: 90,
      render: (n: number | null) => n?.toLocaleString('zh-CN') ?? '—',
    },
    { title: '冻结时间', dataIndex: 'frozenAt', width: 170, render: formatDateTime },
    {
      title: '公开页',
      key: 'pub',
      width: 90,
      render: (_, d) => (
        <Link to={`/public/draws/${d.id}`} target="_blank">
          查看
        </Link>
      ),
    },
  ];

  const addButton =
    manage &&
    {
      items: (
        <Button icon={<PlusOutlined />} onClick={() => setItem({ value: null })}>
          添加抽查事项
        </Button>
      ),
      inspectors: (
        <Button icon={<PlusOutlined />} onClick={() => setInspector({ value: null })}>
          登记检查人员
        </Button>
      ),
      plans: (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlan({ value: null })}>
          新建抽查计划
        </Button>
      ),
      draws: null,
    }[tab];

  const failed = [items, inspectors, plans, draws].find((s) => s.error);

  return (
    <PageContainer breadcrumb={[{ title: '监管闭环' }, { title: '双随机' }]} title="双随机、一公开" extra={addButton}>
      {failed ? (
        <ErrorResult error={failed.error} onRetry={failed.reload} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams({ tab: k }, { replace: true })}
          items={[
            {
              key: 'draws',
              label: '抽取记录',
              children: (
                <Table<PublicDraw>
                  rowKey="id"
                  size="middle"
                  loading={draws.loading}
                  columns={drawColumns}
                  dataSource={draws.data?.items ?? []}
                  locale={{ emptyText: '尚未抽取:在「抽查计划」中冻结名录' }}
                />
              ),
            },
            {
              key: 'plans',
              label: '抽查计划',
              children: (
                <Table<DrawPlan>
                  rowKey="id"
                  size="middle"
                  loading={plans.loading}
                  columns={planColumns}
                  dataSource={plans.data?.items ?? []}
                  scroll={{ x: 900 }}
                />
              ),
            },
            {
              key: 'inspectors',
              label: `检查人员(${inspectors.data?.items.length ?? 0})`,
              children: (
                <Table<Inspector>
                  rowKey="id"
                  size="middle"
                  loading={inspectors.loading}
                  columns={inspectorColumns}
                  dataSource={inspectors.data?.items ?? []}
                  scroll={{ x: 1000 }}
                />
              ),
            },
            {
              key: 'items',
              label: '抽查事项清单',
              children: (
                <Table<InspectionItem>
                  rowKey="id"
                  size="middle"
                  loading={items.loading}
                  columns={itemColumns}
                  dataSource={items.data?.items ?? []}
                  scroll={{ x: 900 }}
                />
              ),
            },
          ]}
        />
      )}
      <ItemFormModal
        open={item !== null}
        item={item?.value ?? null}
        industries={industries}
        onClose={() => setItem(null)}
        onSaved={() => {
          setItem(null);
          items.reload();
        }}
      />
      <InspectorFormModal
        open={inspector !== null}
        inspector={inspector?.value ?? null}
        industries={industries}
        onClose={() => setInspector(null)}
        onSaved={() => {
          setInspector(null);
          inspectors.reload();
        }}
      />
      <PlanFormModal
        open={plan !== null}
        plan={plan?.value ?? null}
        items={items.data?.items ?? []}
        industries={industries}
        onClose={() => setPlan(null)}
        onSaved={() => {
          setPlan(null);
          plans.reload();
        }}
      />
    </PageContainer>
  );
}
