// 企业档案: the registry with search (name, alias, credit code) and filters (region, industry,
// risk class), the count per class, import, 登记 and a link run over unlinked records.
import { ImportOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Input, Select, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/api-error.ts';
import {
  type Enterprise,
  enterpriseApi,
  RISK_CLASS_COLORS,
  RISK_CLASS_LABELS,
  type RiskClass,
} from '../../api/supervision.ts';
import { ErrorResult } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { EnterpriseFormModal } from '../../components/supervision/enterprise-form-modal.tsx';
import { EnterpriseImportModal } from '../../components/supervision/enterprise-import-modal.tsx';
import { useRegionOptions } from '../../components/supervision/region-options.ts';
import { RiskClassTag } from '../../components/supervision/risk-class-tag.tsx';
import { canManageSupervision } from '../../components/supervision/supervision-roles.ts';
import { useApi } from '../../hooks/use-api.ts';
import { useSession } from '../../session/session-context.tsx';

const CLASSES: RiskClass[] = ['A', 'B', 'C', 'D'];

export function EnterprisesPage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const manage = canManageSupervision(user);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [q, setQ] = useState('');
  const [regionCode, setRegionCode] = useState<string>();
  const [industry, setIndustry] = useState<string>();
  const [riskClass, setRiskClass] = useState<string>();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [linking, setLinking] = useState(false);
  const regions = useRegionOptions();
  const meta = useApi((signal) => enterpriseApi.meta(signal), []);
  const { data, error, loading, reload } = useApi(
    (signal) => enterpriseApi.list({ page, pageSize, q: q || undefined, regionCode, industry, riskClass }, signal),
    [page, pageSize, q, regionCode, industry, riskClass],
  );

  const runLink = async () => {
    setLinking(true);
    try {
      const r = await enterpriseApi.link();
      message.success(
        `检查 ${r.scanned} 条记录:自动关联 ${r.linked} 条,待人工确认 ${r.queued} 条,风险分类变化 ${r.classChanges.length} 家`,
      );
      reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setLinking(false);
    }
  };

  const columns: TableProps<Enterprise>['columns'] = [
    {
      title: '企业名称',
      dataIndex: 'name',
      render: (name: string, e) => (
        <Space vertical size={0}>
          <Link to={`/supervision/enterprises/${e.id}`}>{name}</Link>
          {e.aliases.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              别名:{e.aliases.join('、')}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: '统一社会信用代码',
      dataIndex: 'creditCode',
      width: 190,
      render: (c: string) => <Typography.Text code>{c}</Typography.Text>,
    },
    { title: '地区', dataIndex: 'regionName', width: 130, render: (v: string | null) => v ?? '—' },
    { title: '行业', dataIndex: 'industry', width: 110 },
    { title: '规模', dataIndex: 'size', width: 70, render: (v: string | null) => v ?? '—' },
    {
      title: '许可证',
      dataIndex: 'licences',
      width: 200,
      render: (l: Enterprise['licences']) =>
        l.length === 0 ? '—' : l.map((x) => <div key={x.number}>{x.number}</div>),
    },
    {
      title: '风险分类',
      dataIndex: 'riskClass',
      width: 130,
      render: (c: RiskClass | null, e) => <RiskClassTag value={c} score={e.riskScore} />,
    },
  ];

  return (
    <PageContainer
      breadcrumb={[{ title: '监管闭环' }, { title: '企业档案' }]}
      title="企业档案"
      extra={
        manage && (
          <Space>
            <Button icon={<LinkOutlined />} loading={linking} onClick={runLink}>
              关联记录
            </Button>
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              导入名录
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              登记企业
            </Button>
          </Space>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="名称、别名或信用代码"
          style={{ width: 260 }}
          onSearch={(v) => {
            setQ(v.trim());
            setPage(1);
          }}
        />
        <Select
          allowClear
          placeholder="地区"
          style={{ width: 160 }}
          options={regions}
          value={regionCode}
          onChange={(v) => {
            setRegionCode(v);
            setPage(1);
          }}
        />
        <Select
          allowClear
          placeholder="行业"
          style={{ width: 140 }}
          options={(meta.data?.industries ?? []).map((i) => ({ value: i, label: i }))}
          value={industry}
          onChange={(v) => {
            setIndustry(v);
            setPage(1);
          }}
        />
        <Select
          allowClear
          placeholder="风险分类"
          style={{ width: 140 }}
          options={CLASSES.map((c) => ({ value: c, label: `${c} ${RISK_CLASS_LABELS[c]}` }))}
          value={riskClass}
          onChange={(v) => {
            setRiskClass(v);
            setPage(1);
          }}
        />
        {data && (
          <Space size={4}>
            {CLASSES.map((c) => (
              <Tag key={c} color={RISK_CLASS_COLORS[c]}>
                {c} 类 {(data.classCounts[c] ?? 0).toLocaleString('zh-CN')}
              </Tag>
            ))}
          </Space>
        )}
      </Space>
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : (
        <Table<Enterprise>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={data?.items ?? []}
          scroll={{ x: 1100 }}
          locale={{ emptyText: manage ? '暂无企业:请「导入名录」(可下载模板)或「登记企业」' : '暂无企业' }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (t) => `共 ${t.toLocaleString('zh-CN')} 家`,
            onChange: (p, s) => {
              setPage(s === pageSize ? p : 1);
              setPageSize(s);
            },
          }}
        />
      )}
      <EnterpriseFormModal
        open={creating}
        enterprise={null}
        meta={meta.data}
        onClose={() => setCreating(false)}
        onSaved={(e, linking) => {
          setCreating(false);
          message.success(`已登记「${e.name}」${linking.linked > 0 ? `,关联记录 ${linking.linked} 条` : ''}`);
          reload();
        }}
      />
      <EnterpriseImportModal open={importing} onClose={() => setImporting(false)} onImported={reload} />
    </PageContainer>
  );
}
