// For a task's lead unit: each responsible unit's report for the period as submitted (drafts
// stay with their unit), to write the one consolidated report from.
import { Card, Collapse, Flex, Typography } from 'antd';
import { getConsolidation } from '../../api/progress.ts';
import { useApi } from '../../hooks/use-api.ts';
import { EvidenceList } from '../evidence-list.tsx';
import { ErrorResult } from '../load-state.tsx';
import { DeadlineTag } from './deadline-tag.tsx';
import { isDelivered, ReportStatusTag } from './report-status-tag.tsx';
import { TargetValues, toDraft } from './target-values.tsx';

export function ConsolidationCard({ taskId, period }: { taskId: number; period: string }) {
  const { data, error, loading } = useApi((signal) => getConsolidation(taskId, period, signal), [taskId, period]);
  const delivered = data?.items.filter((i) => i.report !== null).length ?? 0;
  return (
    <Card
      size="small"
      loading={loading && !data}
      title={`责任单位报告(已报 ${delivered} / ${data?.items.length ?? 0})`}
      data-testid="consolidation"
    >
      {error ? (
        <ErrorResult error={error} />
      ) : (
        <Collapse
          size="small"
          items={(data?.items ?? []).map((i) => ({
            key: i.unitId,
            collapsible: i.latest ? undefined : ('disabled' as const),
            label: (
              <Flex gap={8} align="center" wrap>
                <Typography.Text>{i.unitName}</Typography.Text>
                <ReportStatusTag status={i.report?.status ?? null} />
                <DeadlineTag
                  colour={i.colour}
                  daysLeft={i.daysLeft}
                  late={i.late}
                  delivered={isDelivered(i.report?.status)}
                />
              </Flex>
            ),
            children: i.latest && (
              <Flex vertical gap={8}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {i.latest.text}
                </Typography.Paragraph>
                {data && data.targets.length > 0 && (
                  <TargetValues targets={data.targets} draft={toDraft(i.latest.values)} />
                )}
                <EvidenceList items={i.latest.evidence} />
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}
