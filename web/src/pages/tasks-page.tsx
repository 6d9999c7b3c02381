// 重点任务: all key tasks, filterable by unit (as lead, responsible, or either) and by text.
// The filters live in the URL so a filtered list can be shared as a link.
import { Card, Flex, Input, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { listTasks } from '../api/tasks.ts';
import type { TaskUnitRole } from '../api/types.ts';
import { ErrorResult } from '../components/load-state.tsx';
import { PageContainer } from '../components/page-container.tsx';
import { TaskTable } from '../components/task-table.tsx';
import { UnitSelect } from '../components/unit-select.tsx';
import { useApi } from '../hooks/use-api.ts';
import { intParam, withParams } from '../lib/search-params.ts';

const ROLES: { value: TaskUnitRole; label: string }[] = [
  { value: 'any', label: '全部' },
  { value: 'lead', label: '牵头' },
  { value: 'responsible', label: '责任' },
];

function roleParam(raw: string | null): TaskUnitRole {
  return raw === 'lead' || raw === 'responsible' ? raw : 'any';
}

export function TasksPage() {
  const [params, setParams] = useSearchParams();
  const planId = intParam(params, 'planId');
  const unitId = intParam(params, 'unitId');
  const role = roleParam(params.get('role'));
  const q = params.get('q') ?? '';
  const page = intParam(params, 'page') ?? 1;
  const pageSize = intParam(params, 'pageSize') ?? 20;
  const [search, setSearch] = useState(q);

  // Keep the box in step when the URL changes underneath (back button, shared link).
  useEffect(() => setSearch(q), [q]);

  const { data, error, loading, reload } = useApi(
    (signal) =>
      listTasks(
        {
          planId: planId ?? undefined,
          unitId: unitId ?? undefined,
          role: unitId ? role : undefined,
          q: q || undefined,
          page,
          pageSize,
        },
        signal,
      ),
    [planId, unitId, role, q, page, pageSize],
  );

  // Any filter change returns to the first page.
  const update = (changes: Record<string, string | number | null>) =>
    setParams(withParams(params, { page: null, ...changes }));

  return (
    <PageContainer breadcrumb={[{ title: '行动方案' }, { title: '重点任务' }]} title="重点任务">
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap={16} align="center">
          <Space>
            <Typography.Text>单位</Typography.Text>
            <UnitSelect
              value={unitId}
              onChange={(id) => update({ unitId: id, role: id ? (role === 'any' ? null : role) : null })}
              placeholder="全部单位"
              style={{ width: 260 }}
            />
          </Space>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            disabled={!unitId}
            value={role}
            options={ROLES}
            onChange={(e) => update({ role: e.target.value === 'any' ? null : e.target.value })}
          />
          <Input.Search
            allowClear
            placeholder="搜索任务标题或内容"
            style={{ width: 280 }}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(value) => update({ q: value.trim() || null })}
          />
        </Flex>
      </Card>
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : (
        <TaskTable
          testId="task-list"
          tasks={data?.items ?? []}
          loading={loading}
          emptyText={q || unitId ? '没有符合条件的任务' : '暂无重点任务,请先导入行动方案'}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `共 ${total} 项`,
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
