// 审计日志: who did what to which object, newest first. Filters (actor name, action, object
// kind) and the page live in the URL; expand a row to compare before/after.
import { Card, Flex, Input, Select, Table, type TableProps, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { listAudit } from '../api/audit.ts';
import type { AuditEntry } from '../api/types.ts';
import { JsonDiff } from '../components/json-diff.tsx';
import { ErrorResult } from '../components/load-state.tsx';
import { PageContainer } from '../components/page-container.tsx';
import { useApi } from '../hooks/use-api.ts';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, auditActionLabel, auditEntityLabel } from '../lib/audit-labels.ts';
import { formatDateTime } from '../lib/format.ts';
import { intParam, withParams } from '../lib/search-params.ts';

const columns: TableProps<AuditEntry>['columns'] = [
  { title: '时间', dataIndex: 'at', width: 180, render: (at: string) => formatDateTime(at) },
  { title: '操作人', dataIndex: 'actorName', width: 140, render: (name: string) => name || '—' },
  {
    title: '操作',
    dataIndex: 'action',
    width: 160,
    // The raw code stays available on hover for codes that have a Chinese label.
    render: (action: string) => <Tag title={action}>{auditActionLabel(action)}</Tag>,
  },
  { title: '对象', dataIndex: 'entity', width: 100, render: (entity: string) => auditEntityLabel(entity) },
  { title: '对象ID', dataIndex: 'entityId', width: 100, render: (id: string | null) => id ?? '—' },
  { title: 'IP', dataIndex: 'ip', width: 140, render: (ip: string | null) => ip ?? '—' },
];

const labelOptions = (labels: Record<string, string>, seen: string[]) =>
  [...new Set([...Object.keys(labels), ...seen])].map((value) => ({ value, label: labels[value] ?? value }));

export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const actor = params.get('actor') ?? '';
  const action = params.get('action') ?? '';
  const entity = params.get('entity') ?? '';
  const page = intParam(params, 'page') ?? 1;
  const pageSize = intParam(params, 'pageSize') ?? 20;
  const [actorInput, setActorInput] = useState(actor);
  useEffect(() => setActorInput(actor), [actor]);

  const { data, error, loading, reload } = useApi(
    (signal) =>
      listAudit(
        { page, pageSize, actor: actor || undefined, action: action || undefined, entity: entity || undefined },
        signal,
      ),
    [page, pageSize, actor, action, entity],
  );
  const items = data?.items ?? [];

  const update = (changes: Record<string, string | null>) => setParams(withParams(params, { page: null, ...changes }));

  return (
    <PageContainer breadcrumb={[{ title: '系统管理' }, { title: '审计日志' }]} title="审计日志">
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap={16}>
          <Input.Search
            allowClear
            placeholder="操作人姓名"
            style={{ width: 220 }}
            value={actorInput}
            onChange={(e) => setActorInput(e.target.value)}
            onSearch={(value) => update({ actor: value.trim() || null })}
          />
          <Select
            allowClear
            placeholder="全部操作"
            style={{ width: 200 }}
            value={action || undefined}
            options={labelOptions(
              AUDIT_ACTION_LABELS,
              items.map((i) => i.action),
            )}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(value?: string) => update({ action: value ?? null })}
          />
          <Select
            allowClear
            placeholder="全部对象"
            style={{ width: 160 }}
            value={entity || undefined}
            options={labelOptions(
              AUDIT_ENTITY_LABELS,
              items.map((i) => i.entity),
            )}
            onChange={(value?: string) => update({ entity: value ?? null })}
          />
        </Flex>
      </Card>
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={items}
          scroll={{ x: 820 }}
          locale={{ emptyText: actor || action || entity ? '没有符合条件的记录' : '暂无审计记录' }}
          expandable={{
            expandedRowRender: (entry) => <JsonDiff before={entry.before} after={entry.after} />,
            rowExpandable: (entry) => entry.before != null || entry.after != null,
          }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `共 ${total} 条`,
          }}
          onChange={(pagination) =>
            setParams(
              withParams(params, {
                page: pagination.current && pagination.current > 1 ? pagination.current : null,
                pageSize: pagination.pageSize && pagination.pageSize !== 20 ? pagination.pageSize : null,
              }),
            )
          }
        />
      )}
    </PageContainer>
  );
}
