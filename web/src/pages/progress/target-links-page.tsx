// 任务目标关联: which plan targets each key task serves. Everyone reads it; the 州质量办 edits a
// task's links. Clicking a target shows the tasks and units behind it and their report status.
import { Button, Table, type TableProps, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { getSchedule, getTargetLinks, type TargetLinks } from '../../api/progress.ts';
import type { Comparator } from '../../api/types.ts';
import { ErrorResult } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { isReviewer, seesOverview } from '../../components/progress/progress-roles.ts';
import { TargetTasksDrawer } from '../../components/progress/target-tasks-drawer.tsx';
import { TaskTargetsModal } from '../../components/progress/task-targets-modal.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { formatTarget } from '../../lib/format.ts';
import { useSession } from '../../session/session-context.tsx';

type TaskRow = TargetLinks['tasks'][number];

export function TargetLinksPage() {
  const { user } = useSession();
  const { data, error, loading, reload } = useApi((signal) => getTargetLinks(signal), []);
  const { data: schedule } = useApi((signal) => getSchedule(undefined, signal), []);
  const [editing, setEditing] = useState<{ taskId: number; taskTitle: string; targetIds: number[] } | null>(null);
  const [targetId, setTargetId] = useState<number | null>(null);
  const canDrill = seesOverview(user);

  const columns: TableProps<TaskRow>['columns'] = [
    {
      title: '重点任务',
      key: 'task',
      width: 280,
      render: (_, t) => (
        <Link to={`/tasks/${t.taskId}`}>
          {t.taskSeq + 1}. {t.taskTitle}
        </Link>
      ),
    },
    {
      title: '关联目标',
      key: 'targets',
      render: (_, t) =>
        t.targets.length === 0
          ? '—'
          : t.targets.map((g) => (
              <Tooltip key={g.id} title={g.text}>
                <Tag
                  color={g.source === 'manual' ? 'blue' : g.source === 'inferred' ? 'cyan' : undefined}
                  style={{ cursor: canDrill ? 'pointer' : undefined, marginBottom: 4 }}
                  onClick={canDrill ? () => setTargetId(g.id) : undefined}
                >
                  {g.indicator} {formatTarget({ comparator: g.comparator as Comparator, value: g.value, unit: g.unit })}
                </Tag>
              </Tooltip>
            )),
    },
    ...(isReviewer(user)
      ? [
          {
            title: '操作',
            key: 'edit',
            width: 90,
            render: (_: unknown, t: TaskRow) => (
              <Button
                size="small"
                onClick={() =>
                  setEditing({ taskId: t.taskId, taskTitle: t.taskTitle, targetIds: t.targets.map((g) => g.id) })
                }
              >
                编辑
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <PageContainer breadcrumb={[{ title: '进展督办' }, { title: '任务目标关联' }]} title="任务目标关联">
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : (
        <Table<TaskRow>
          rowKey="taskId"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={data?.tasks ?? []}
          pagination={false}
          footer={() =>
            '灰色为任务原文中提出的目标;青色为方案未写明承担任务、按目标名称与任务中的相同词语自动关联的目标（如“主要目标”）;蓝色为人工关联的目标。点击目标可查看其背后的任务、责任单位及报告状态。'
          }
        />
      )}
      <TaskTargetsModal
        task={editing}
        targets={data?.targets ?? []}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
      {canDrill && (
        <TargetTasksDrawer targetId={targetId} periods={schedule?.periods ?? []} onClose={() => setTargetId(null)} />
      )}
    </PageContainer>
  );
}
