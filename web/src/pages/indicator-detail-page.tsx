// One indicator: its value and status for the region and period, the definition and method, the
// monthly trend against the target, each county against the target, and the records behind the
// value (paged, filterable, exportable). Region, period, result filter and page are in the URL.
import { Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import type { IndicatorDetail } from '../api/indicator-types.ts';
import { getIndicator } from '../api/indicators.ts';
import { CountyChart } from '../components/county-chart.tsx';
import { IndicatorDefinition } from '../components/indicator-definition.tsx';
import { IndicatorProgress } from '../components/indicator-progress.tsx';
import { IndicatorRecordsTable } from '../components/indicator-records-table.tsx';
import { isAtRisk } from '../components/indicator-table.tsx';
import { ErrorResult, PageLoading } from '../components/load-state.tsx';
import { PageContainer } from '../components/page-container.tsx';
import { seesOverview } from '../components/progress/progress-roles.ts';
import { RegionPeriodPicker } from '../components/region-period-picker.tsx';
import { RelatedTasksCard } from '../components/related-tasks-card.tsx';
import { StatusTag } from '../components/status-tag.tsx';
import { isCumulative, TrendChart } from '../components/trend-chart.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useRegions } from '../hooks/use-reference-data.ts';
import { pending, regionPeriodSearch, useRegionPeriod } from '../hooks/use-region-period.ts';
import { formatDenominator, formatIndicatorValue, valueVsTarget } from '../lib/indicator-format.ts';
import { importKindsFor } from '../lib/indicator-sources.ts';
import { periodLabel } from '../lib/period.ts';
import { resultParam } from '../lib/record-results.ts';
import { intParam } from '../lib/search-params.ts';
import { useSession } from '../session/session-context.tsx';

export function IndicatorDetailPage() {
  const { code = '' } = useParams();
  const { region, period, year, ready, update, params } = useRegionPeriod();
  const result = resultParam(params.get('result'));
  const level = params.get('level') || undefined;
  const page = intParam(params, 'page') ?? 1;
  const pageSize = intParam(params, 'pageSize') ?? 20;
  const { data: regions } = useRegions();
  const { user } = useSession();
  const { data, error, loading, reload } = useApi(
    (signal) => (ready ? getIndicator(code, { region, period, year }, signal) : pending<IndicatorDetail>()),
    [ready, code, region, period, year],
  );

  const shownRegion = region ?? data?.region;
  const shownPeriod = period ?? data?.period;
  const regionName = regions?.find((r) => r.code === shownRegion)?.name;
  // The tasks behind the target: up front when it is at risk, below the charts otherwise.
  const showTasks = seesOverview(user);
  const atRisk = data ? isAtRisk(data.status) : false;
  const breadcrumb = [
    { title: '指标监测' },
    { title: '目标看板', path: `/indicators${regionPeriodSearch(region, period)}` },
    { title: data?.name ?? code },
  ];

  return (
    <PageContainer
      breadcrumb={breadcrumb}
      title={data?.name ?? '指标详情'}
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
          <Card size="small" loading={loading}>
            <Descriptions column={{ xs: 1, md: 2, xl: 4 }} size="small">
              <Descriptions.Item label="当前值 / 目标">
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {valueVsTarget(data)}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label="状态">
                <StatusTag status={data.status} reason={data.statusReason} />
              </Descriptions.Item>
              <Descriptions.Item label="分子 / 分母">
                {data.numerator !== null && data.denominator !== null
                  ? `${formatDenominator(data.numerator)} / ${formatDenominator(data.denominator)}`
                  : '—'}
              </Descriptions.Item>
              <Descriptions.Item label="记录数">
                {formatDenominator(data.records)}
                {data.excluded ? `(另有 ${formatDenominator(data.excluded)} 条不计入)` : ''}
              </Descriptions.Item>
              <Descriptions.Item label="地区 · 期间">
                {data.regionName ?? regionName ?? '—'} ·{' '}
                {data.periodInfo?.label ?? (shownPeriod ? periodLabel(shownPeriod) : '—')}
              </Descriptions.Item>
              {data.interval && (
                <Descriptions.Item label="95% 置信区间">
                  {formatIndicatorValue(data.interval.low, data.unit)} –{' '}
                  {formatIndicatorValue(data.interval.high, data.unit)}
                </Descriptions.Item>
              )}
              {data.comparison && (
                <Descriptions.Item label="本期 / 上年同期">
                  {formatIndicatorValue(data.comparison.current, data.comparison.unit)} /{' '}
                  {formatIndicatorValue(data.comparison.previous, data.comparison.unit)}
                </Descriptions.Item>
              )}
              {data.projection?.projectedReachDate && (
                <Descriptions.Item label="预计达标日期">{data.projection.projectedReachDate}</Descriptions.Item>
              )}
            </Descriptions>
            <div style={{ maxWidth: 420 }}>
              <IndicatorProgress item={data} />
            </div>
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {data.statusReason}
            </Typography.Paragraph>
          </Card>
          {showTasks && atRisk && <RelatedTasksCard item={data} />}
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Card size="small" title={isCumulative(data.kind, data.unit) ? '月度趋势(年内累计)' : '月度趋势'}>
                {data.monthly.some((p) => p.value !== null) ? (
                  <TrendChart series={data.monthly} target={data.target} unit={data.unit} kind={data.kind} />
                ) : (
                  <Typography.Text type="secondary">{data.year}年各月均无可计算的数据</Typography.Text>
                )}
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card size="small" title="各县市对比">
                {data.regions.some((r) => r.value !== null) ? (
                  <CountyChart
                    points={data.regions}
                    regions={regions}
                    target={data.target}
                    unit={data.unit}
                    kind={data.kind}
                    selectedRegion={shownRegion}
                    onSelectRegion={(code) => update({ region: code })}
                  />
                ) : (
                  <Typography.Text type="secondary">本期各县市均无可计算的数据</Typography.Text>
                )}
              </Card>
            </Col>
          </Row>
          {showTasks && !atRisk && <RelatedTasksCard item={data} />}
          <Card size="small" title="指标说明">
            <IndicatorDefinition indicator={data} />
          </Card>
          <Card size="small" title="计算依据的记录">
            <IndicatorRecordsTable
              code={code}
              region={region}
              period={period}
              year={year}
              result={result}
              level={level}
              page={page}
              pageSize={pageSize}
              importKinds={importKindsFor(code, data.sources)}
              onChange={(changes) => update(changes)}
            />
          </Card>
        </Space>
      )}
    </PageContainer>
  );
}
