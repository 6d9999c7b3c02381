// 目标看板: every target of the plan for the chosen region and period — value against target,
// status with its reason, n and progress — with counts by status on top (click one to filter).
// Region, period and the status filter live in the URL.
import { Alert, Button, Flex, Space, Typography } from 'antd';
import type { IndicatorBoard, IndicatorStatus } from '../api/indicator-types.ts';
import { getIndicators } from '../api/indicators.ts';
import { IndicatorTable } from '../components/indicator-table.tsx';
import { ErrorResult, PageLoading } from '../components/load-state.tsx';
import { hasNoData, NoDataAlert } from '../components/no-data-alert.tsx';
import { PageContainer } from '../components/page-container.tsx';
import { RegionPeriodPicker } from '../components/region-period-picker.tsx';
import { StatusSummary } from '../components/status-summary.tsx';
import { useApi } from '../hooks/use-api.ts';
import { pending, regionPeriodSearch, useRegionPeriod } from '../hooks/use-region-period.ts';
import { formatDateTime } from '../lib/format.ts';
import { periodLabel } from '../lib/period.ts';
import { countByStatus, STATUS_ORDER } from '../lib/status-colors.ts';

function statusParam(raw: string | null): IndicatorStatus | null {
  return STATUS_ORDER.find((s) => s === raw) ?? null;
}

export function IndicatorBoardPage() {
  const { region, period, year, ready, update, params } = useRegionPeriod();
  const status = statusParam(params.get('status'));
  const { data, error, loading, reload } = useApi(
    (signal) => (ready ? getIndicators({ region, period, year }, signal) : pending<IndicatorBoard>()),
    [ready, region, period, year],
  );

  const shownRegion = region ?? data?.region;
  const shownPeriod = period ?? data?.period;
  const items = data?.items ?? [];
  const shown = status ? items.filter((i) => i.status === status) : items;
  const noData = hasNoData(items);

  return (
    <PageContainer
      breadcrumb={[{ title: '指标监测' }, { title: '目标看板' }]}
      title="目标看板"
      extra={
        <RegionPeriodPicker
          region={shownRegion}
          period={shownPeriod}
          year={year ?? data?.year}
          onChange={(changes) => update(changes)}
        />
      }
    >
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : !data ? (
        <PageLoading />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <StatusSummary counts={countByStatus(items)} selected={status} onSelect={(s) => update({ status: s })} />
          {noData && <NoDataAlert />}
          {data.unlinkedPlanTargets.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={`行动方案中有 ${data.unlinkedPlanTargets.length} 项目标未对应到指标`}
              description={data.unlinkedPlanTargets.map((t) => t.indicator || t.text).join('、')}
            />
          )}
          <Flex justify="space-between" wrap gap={8}>
            <Typography.Text type="secondary">
              {data.periodInfo?.label ?? periodLabel(data.period)} · 计算于 {formatDateTime(data.computedAt)}
            </Typography.Text>
            {status && (
              <Button size="small" onClick={() => update({ status: null })}>
                显示全部({items.length} 项)
              </Button>
            )}
          </Flex>
          <IndicatorTable
            items={shown}
            loading={loading}
            search={regionPeriodSearch(region, period)}
            emptyText={status ? `没有「${status}」的指标` : '暂无指标'}
          />
        </Space>
      )}
    </PageContainer>
  );
}
