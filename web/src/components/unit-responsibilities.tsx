// One unit's 责任清单: the tasks it leads, the tasks it shares as a 责任单位, and the targets it
// answers for (through those tasks).
import { Card, Descriptions, Space, Tag } from 'antd';
import { useMemo } from 'react';
import { getUnitResponsibilities } from '../api/tasks.ts';
import type { ResponsibilityTarget } from '../api/types.ts';
import { useApi } from '../hooks/use-api.ts';
import { UNIT_KIND_LABELS } from '../lib/units.ts';
import { ErrorResult, PageLoading } from './load-state.tsx';
import { TargetTable } from './target-table.tsx';
import { TaskTable } from './task-table.tsx';

const roleColumn = {
  title: '角色',
  dataIndex: 'role',
  width: 90,
  render: (role: ResponsibilityTarget['role']) =>
    role === 'lead' ? <Tag color="red">牵头</Tag> : <Tag color="blue">责任</Tag>,
};

export function UnitResponsibilities({ unitId, planId }: { unitId: number; planId: number | null }) {
  const { data, error, loading, reload } = useApi(
    (signal) => getUnitResponsibilities(unitId, planId, signal),
    [unitId, planId],
  );
  const taskTitles = useMemo(
    () =>
      new Map(
        (data?.targets ?? []).flatMap((t) =>
          t.taskId !== null && t.taskTitle ? [[t.taskId, t.taskTitle] as const] : [],
        ),
      ),
    [data],
  );

  if (loading && !data) return <PageLoading />;
  if (error || !data) return <ErrorResult error={error} onRetry={reload} />;

  const { unit, leads, supports, targets } = data;
  return (
    <Space vertical size={16} style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'name', label: '单位', children: unit.name },
          { key: 'kind', label: '类别', children: UNIT_KIND_LABELS[unit.kind] ?? unit.kind },
          { key: 'aliases', label: '别名', children: unit.aliases.length > 0 ? unit.aliases.join('、') : '—' },
        ]}
      />
      <Card size="small" title={`牵头任务(${leads.length})`}>
        <TaskTable testId="unit-lead-tasks" tasks={leads} emptyText="该单位不牵头任何重点任务" />
      </Card>
      <Card size="small" title={`配合任务(作为责任单位,${supports.length})`}>
        <TaskTable testId="unit-support-tasks" tasks={supports} emptyText="该单位不是任何重点任务的责任单位" />
      </Card>
      <Card size="small" title={`承担指标(${targets.length})`}>
        <TargetTable<ResponsibilityTarget>
          targets={targets}
          taskTitles={taskTitles}
          extraColumns={[roleColumn]}
          emptyText="该单位所承担的任务中没有量化目标"
        />
      </Card>
    </Space>
  );
}
