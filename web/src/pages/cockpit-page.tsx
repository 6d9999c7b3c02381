// 首页(驾驶舱): the whole plan at a glance for the chosen region and period — how many targets
// are met, at risk, missed or lacking data; the at-risk targets; the latest failed food samples;
// and the good-days ratio. Every block links to the page with the detail.
import { Card, Col, Empty, Row, Space, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import type { IndicatorBoard } from '../api/indicator-types.ts';
import { getIndicators } from '../api/indicators.ts';
import { FailedFoodSamples } from '../components/failed-food-samples.tsx';
import { GoodDaysGauge } from '../components/good-days-gauge.tsx';
import { ImportEmpty } from '../components/import-empty.tsx';
import { IndicatorTable } from '../components/indicator-table.tsx';
import { ErrorResult, PageLoading } from '../components/load-state.tsx';
import { hasNoData, NoDataAlert } from '../components/no-data-alert.tsx';
import { PageContainer } from '../components/page-container.tsx';
import { RegionPeriodPicker } from '../components/region-period-picker.tsx';
import { StatusSummary } from '../components/status-summary.tsx';
import { StatusTag } from '../components/status-tag.tsx';
import { useApi } from '../hooks/use-api.ts';
import { pending, regionPeriodSearch, useRegionPeriod } from '../hooks/use-region-period.ts';
import { formatDateTime } from '../lib/format.ts';
import { AIR_GOOD_DAYS_INDICATOR } from '../lib/indicator-sources.ts';
import { periodLabel } from '../lib/period.ts';
import { countByStatus } from '../lib/status-colors.ts';

const AT_RISK_ORDER = { 未达标: 0, 预警: 1 } as Record<string, number>;

export function CockpitPage() {
  const { region, period, year, ready, update } = useRegionPeriod();
  const navigate = useNavigate();
  const { data, error, reload } = useApi(
    (signal) => (ready ? getIndicators({ region, period, year }, signal) : pending<IndicatorBoard>()),
    [ready, region, period, year],
  );
  const search = regionPeriodSearch(region, period);
  const items = data?.items ?? [];
  const atRisk = items
    .filter((i) => i.status === '未达标' || i.status === '预警')
    .sort((a, b) => (AT_RISK_ORDER[a.status] ?? 9) - (AT_RISK_ORDER[b.status] ?? 9));
  const air = items.find((i) => i.code === AIR_GOOD_DAYS_INDICATOR);

  return (
    <PageContainer
      breadcrumb={[{ title: '首页' }]}
      title="驾驶舱"
      extra={
        <RegionPeriodPicker
          region={region ?? data?.region}
          period={period ?? data?.period}
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
          <Typography.Text type="secondary">
            {data.periodInfo?.label ?? periodLabel(data.period)} · 共 {items.length} 项指标 · 计算于{' '}
            {formatDateTime(data.computedAt)}
          </Typography.Text>
          {hasNoData(items) && <NoDataAlert />}
          <StatusSummary
            counts={countByStatus(items)}
            onSelect={(status) =>
              navigate(
                `/indicators${search}${status ? `${search ? '&' : '?'}status=${encodeURIComponent(status)}` : ''}`,
              )
            }
          />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <Card
                size="small"
                title={`需关注的指标(${atRisk.length})`}
                extra={<Link to={`/indicators${search}`}>目标看板</Link>}
              >
                {atRisk.length > 0 ? (
                  <IndicatorTable items={atRisk} search={search} compact />
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有预警或未达标的指标" />
                )}
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card
                size="small"
                title="空气质量优良天数比例"
                extra={<Link to={`/indicators/air${region ? `?region=${region}` : ''}`}>空气质量</Link>}
              >
                {air && air.value !== null ? (
                  <>
                    <GoodDaysGauge value={air.value} target={air.target.value} status={air.status} />
                    <div style={{ textAlign: 'center' }}>
                      <StatusTag status={air.status} reason={air.statusReason} />
                    </div>
                  </>
                ) : (
                  <ImportEmpty kinds={['air-daily', 'air-hourly']} description="本期没有空气质量监测数据" />
                )}
              </Card>
            </Col>
          </Row>
          <Card size="small" title="最新不合格食品抽检">
            <FailedFoodSamples region={region} period={period} year={year} />
          </Card>
        </Space>
      )}
    </PageContainer>
  );
}
