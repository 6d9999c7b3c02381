// 导入记录: every import, newest first — who imported which file of which kind, how many rows,
// and how many records it added or updated. Filter by kind; kind and page are in the URL.
import { Card, Select, Table, type TableProps } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import type { ImportHistoryEntry } from '../api/import-types.ts';
import { listImports } from '../api/imports.ts';
import { ErrorResult } from '../components/load-state.tsx';
import { PageContainer } from '../components/page-container.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useImportKinds } from '../hooks/use-import-kinds.ts';
import { formatCount, formatDateTime } from '../lib/format.ts';
import { KIND_NAMES } from '../lib/kind-names.ts';
import { intParam, withParams } from '../lib/search-params.ts';

const count = (n: number | null | undefined) => (n === null || n === undefined ? '—' : formatCount(n));

export function ImportHistoryPage() {
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? '';
  const page = intParam(params, 'page') ?? 1;
  const pageSize = intParam(params, 'pageSize') ?? 20;
  const { data: kinds } = useImportKinds();
  const { data, error, loading, reload } = useApi(
    (signal) => listImports({ page, pageSize, kind: kind || undefined }, signal),
    [page, pageSize, kind],
  );
  const kindName = (id: string) => kinds?.find((k) => k.kind === id)?.name ?? KIND_NAMES[id] ?? id;

  const columns: NonNullable<TableProps<ImportHistoryEntry>['columns']> = [
    { title: '导入时间', dataIndex: 'startedAt', width: 180, render: (at: string) => formatDateTime(at) },
    {
      title: '数据类型',
      dataIndex: 'kind',
      width: 200,
      render: (id: string) => <Link to={`/data/records?kind=${encodeURIComponent(id)}`}>{kindName(id)}</Link>,
    },
    { title: '文件名', dataIndex: 'fileName', ellipsis: true },
    { title: '行数', dataIndex: 'rowCount', width: 90, align: 'right', render: count },
    { title: '新增', dataIndex: 'inserted', width: 90, align: 'right', render: count },
    { title: '更新', dataIndex: 'updated', width: 90, align: 'right', render: count },
    { title: '操作人', dataIndex: 'actorName', width: 120, render: (n: string) => n || '—' },
  ];

  return (
    <PageContainer breadcrumb={[{ title: '数据填报' }, { title: '导入记录' }]} title="导入记录">
      <Card size="small" style={{ marginBottom: 16 }}>
        <Select
          allowClear
          aria-label="数据类型"
          placeholder="全部数据类型"
          style={{ width: 260 }}
          value={kind || undefined}
          options={(kinds ?? []).map((k) => ({ value: k.kind, label: k.name }))}
          onChange={(value?: string) => setParams(withParams(params, { kind: value ?? null, page: null }))}
        />
      </Card>
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : (
        <Table<ImportHistoryEntry>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={data?.items ?? []}
          scroll={{ x: 960 }}
          locale={{ emptyText: kind ? '该类型还没有导入记录' : '还没有导入过数据,请在「数据导入」中上传文件' }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `共 ${formatCount(total)} 次导入`,
          }}
          onChange={(p) =>
            setParams(
              withParams(params, {
                page: p.current && p.current > 1 ? p.current : null,
                pageSize: p.pageSize && p.pageSize !== 20 ? p.pageSize : null,
              }),
            )
          }
        />
      )}
    </PageContainer>
  );
}
