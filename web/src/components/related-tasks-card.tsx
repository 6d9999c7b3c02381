// 相关重点任务 on the indicator page: for each plan target the indicator is judged against, the key
// tasks that serve it, their lead and responsible units and each unit's report status this period.
// When the indicator is in 预警 or 未达标 an Alert says why the list matters.
import { Alert, Card, Flex, Typography } from 'antd';
import type { IndicatorValue } from '../api/indicator-types.ts';
import { isAtRisk } from './indicator-table.tsx';
import { TargetTasksList, targetTitle, useTargetTasks } from './progress/target-tasks-drawer.tsx';

/** The plan target ids behind an indicator (several when the plan states it more than once). */
export function planTargetIdsOf(item: IndicatorValue): number[] {
  const ids = item.target.planTargetIds ?? [];
  const first = item.target.planTargetId;
  return first !== null && !ids.includes(first) ? [first, ...ids] : ids;
}

function TargetSection({ targetId, showTitle }: { targetId: number; showTitle: boolean }) {
  const { data, error, loading } = useTargetTasks(targetId);
  return (
    <div>
      {showTitle && data && (
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {targetTitle(data.target)}
        </Typography.Title>
      )}
      {data?.period && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          报告周期:{data.period.label}
        </Typography.Paragraph>
      )}
      <TargetTasksList data={data} loading={loading} error={error} />
    </div>
  );
}

export function RelatedTasksCard({ item }: { item: IndicatorValue }) {
  const ids = planTargetIdsOf(item);
  if (ids.length === 0) return null;
  const atRisk = isAtRisk(item.status);
  return (
    <Card size="small" title="相关重点任务" data-testid="related-tasks">
      <Flex vertical gap={16}>
        {atRisk && (
          <Alert
            type={item.status === '未达标' ? 'error' : 'warning'}
            showIcon
            title={`该目标处于${item.status}状态,以下为支撑该目标的重点任务及其进展`}
          />
        )}
        {ids.map((id) => (
          <TargetSection key={id} targetId={id} showTitle={ids.length > 1} />
        ))}
      </Flex>
    </Card>
  );
}
