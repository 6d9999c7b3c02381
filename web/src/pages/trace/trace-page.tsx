// 追溯: search a lot (batch, trace code, certificate number, producer) and see where it came from
// and everywhere it went, as a graph and a table. The lot and direction live in the URL.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Radio,
  Space,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/api-error.ts';
import {
  type Direction,
  exportLotUrl,
  importTraceFile,
  type LotHit,
  searchLots,
  TRACE_TEMPLATE_URL,
  traceGraph,
} from '../../api/trace.ts';
import { ErrorResult, PageLoading } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { canActOnLoop } from '../../components/trace/can.ts';
import { TraceEdgeTable } from '../../components/trace/trace-edge-table.tsx';
import { TraceGraphChart } from '../../components/trace/trace-graph-chart.tsx';
import { LOT_KIND_LABELS, STATUS_LABELS } from '../../components/trace/trace-labels.ts';
import { useApi } from '../../hooks/use-api.ts';
import { withParams } from '../../lib/search-params.ts';
import { useSession } from '../../session/session-context.tsx';

const DIRECTIONS: { value: Direction; label: string }[] = [
  { value: 'both', label: '双向' },
  { value: 'backward', label: '来源(向后)' },
  { value: 'forward', label: '去向(向前)' },
];

function hitLabel(h: LotHit): string {
  return `${h.productName ? `${h.productName} ` : ''}${LOT_KIND_LABELS[h.kind] ?? h.kind} ${h.code}${h.producerName ? ` · ${h.producerName}` : ''}`;
}

function LotGraph({ lot, direction }: { lot: string; direction: Direction }) {
  const { data, error, loading, reload } = useApi((signal) => traceGraph(lot, direction, signal), [lot, direction]);
  if (loading) return <PageLoading description="正在追溯…" />;
  if (error || !data) return <ErrorResult error={error} onRetry={reload} />;
  const root = data.nodes.find((n) => n.root);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Space wrap>
            <Typography.Text strong>{root?.productName ?? '批次'}</Typography.Text>
            <Typography.Text code copyable>
              {data.root}
            </Typography.Text>
            {root?.status?.map((s) => (
              <Tag key={s} color={STATUS_LABELS[s]?.color}>
                {STATUS_LABELS[s]?.text ?? s}
              </Tag>
            ))}
            <Typography.Text type="secondary">
              {data.edges.length} 条流向记录,{data.nodes.filter((n) => n.type === 'party').length} 个单位
            </Typography.Text>
          </Space>
          <Button icon={<DownloadOutlined />} href={exportLotUrl(data.root)}>
            导出事件(.xlsx)
          </Button>
        </Flex>
      </Card>
      {data.cycles.length > 0 && (
        <Alert
          type="error"
          showIcon
          title="追溯关系存在环路(数据有误)"
          description={data.cycles.map((c) => c.join(' → ')).join(';')}
        />
      )}
      {data.truncated && <Alert type="warning" showIcon title="追溯图过大,只显示了前 5000 条流向记录" />}
      {data.edges.length === 0 ? (
        <Empty description="该批次尚无流向记录" />
      ) : (
        <>
          <Card size="small" title="追溯图">
            <TraceGraphChart graph={data} />
          </Card>
          <Card size="small" title="流向明细">
            <TraceEdgeTable graph={data} />
          </Card>
        </>
      )}
    </Space>
  );
}

export function TracePage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const lot = params.get('lot');
  const direction = (params.get('direction') as Direction | null) ?? 'both';
  const [query, setQuery] = useState(lot ?? '');
  const [hits, setHits] = useState<LotHit[]>([]);
  const [importing, setImporting] = useState(false);

  const search = async (q: string) => {
    setQuery(q);
    if (q.trim().length < 2) return setHits([]);
    try {
      setHits((await searchLots(q.trim())).items);
    } catch {
      setHits([]);
    }
  };
  const open = (id: string) => setParams(withParams(params, { lot: id }));

  const upload = async (file: File) => {
    setImporting(true);
    try {
      const r = await importTraceFile(file);
      message.success(`已导入 ${r.captured} 个事件${r.duplicates ? `,跳过已存在的 ${r.duplicates} 个` : ''}`);
    } catch (err) {
      message.error({ content: errorMessage(err), duration: 8 });
    } finally {
      setImporting(false);
    }
    return false;
  };

  return (
    <PageContainer
      breadcrumb={[{ title: '监管闭环' }, { title: '追溯' }]}
      title="产品追溯"
      extra={
        canActOnLoop(user) && (
          <Space>
            <Button icon={<DownloadOutlined />} href={TRACE_TEMPLATE_URL}>
              导入模板
            </Button>
            <Upload accept=".xlsx" showUploadList={false} beforeUpload={upload}>
              <Button type="primary" icon={<UploadOutlined />} loading={importing}>
                导入追溯事件
              </Button>
            </Upload>
          </Space>
        )
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <AutoComplete
            style={{ flex: 1, minWidth: 320 }}
            value={query}
            options={hits.map((h) => ({ value: h.lotId, label: hitLabel(h) }))}
            onSearch={search}
            onSelect={(v: string) => {
              setQuery(v);
              open(v);
            }}
          >
            <Input.Search
              placeholder="输入批号、药品追溯码、农产品追溯码、合格证编号或生产企业名称"
              enterButton="追溯"
              allowClear
              onSearch={(v) => v.trim() && open(v.trim())}
            />
          </AutoComplete>
          <Radio.Group
            optionType="button"
            options={DIRECTIONS}
            value={direction}
            onChange={(e) =>
              setParams(withParams(params, { direction: e.target.value === 'both' ? null : e.target.value }))
            }
          />
        </Flex>
      </Card>
      {lot ? (
        <LotGraph lot={lot} direction={direction} />
      ) : (
        <Empty description="输入批号或追溯码开始追溯;也可以导入追溯事件表" />
      )}
    </PageContainer>
  );
}
