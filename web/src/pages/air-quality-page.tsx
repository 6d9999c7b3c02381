// 空气质量: the year's daily AQI of a city as a calendar in the HJ 633 category colours, the day
// counts per category, and the good-days ratio against the plan's target (≥ 91%). Region, year
// and city are in the URL.
import { Card, Col, Row, Select, Space, Statistic, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { AirDailyResponse } from '../api/indicator-types.ts';
import { getAirDaily, getIndicator } from '../api/indicators.ts';
import { AqiCalendar } from '../components/aqi-calendar.tsx';
import { GoodDaysGauge } from '../components/good-days-gauge.tsx';
import { ImportEmpty } from '../components/import-empty.tsx';
import { ErrorResult, PageLoading } from '../components/load-state.tsx';
import { PageContainer } from '../components/page-container.tsx';
import { RegionPeriodPicker } from '../components/region-period-picker.tsx';
import { StatusTag } from '../components/status-tag.tsx';
import { useApi } from '../hooks/use-api.ts';
import { pending, useRegionPeriod } from '../hooks/use-region-period.ts';
import { airStats, citiesOf } from '../lib/air-stats.ts';
import { AQI_BANDS } from '../lib/aqi-categories.ts';
import { formatCount } from '../lib/format.ts';
import { valueVsTarget } from '../lib/indicator-format.ts';
import { AIR_GOOD_DAYS_INDICATOR } from '../lib/indicator-sources.ts';
import { statusHex } from '../lib/status-colors.ts';

/** The plan's target when the indicator API cannot say (2023 plan: 优良天数比例 ≥ 91%). */
const DEFAULT_TARGET = 91;

export function AirQualityPage() {
  const { region, year, ready, update, params } = useRegionPeriod();
  const { data, error, loading, reload } = useApi(
    (signal) => (ready ? getAirDaily({ year, region }, signal) : pending<AirDailyResponse>()),
    [ready, year, region],
  );
  const shownYear = year ?? data?.year;
  // The indicator gives the official ratio for the region and the target the plan set.
  const { data: indicator } = useApi(
    (signal) =>
      shownYear
        ? getIndicator(AIR_GOOD_DAYS_INDICATOR, { year: shownYear, region, period: `${shownYear}` }, signal)
        : Promise.resolve(undefined),
    [shownYear, region],
  );

  const days = data?.items ?? [];
  const cities = useMemo(() => citiesOf(days), [days]);
  const city = cities.includes(params.get('city') ?? '') ? (params.get('city') as string) : cities[0];
  const cityDays = useMemo(() => days.filter((d) => d.city === city), [days, city]);
  const stats = useMemo(() => airStats(cityDays), [cityDays]);
  const target = indicator?.target.value ?? DEFAULT_TARGET;
  const cityStatus = stats.goodRatio === null ? '数据不足' : stats.goodRatio >= target ? '达标' : '未达标';

  return (
    <PageContainer
      breadcrumb={[{ title: '指标监测' }, { title: '空气质量' }]}
      title="空气质量"
      extra={
        <Space wrap>
          <RegionPeriodPicker
            yearOnly
            region={region ?? data?.region}
            year={shownYear}
            onChange={(changes) => update({ ...changes, city: null })}
          />
          {cities.length > 1 && (
            <Select
              aria-label="城市"
              style={{ width: 160 }}
              value={city}
              options={cities.map((c) => ({ value: c, label: c }))}
              onChange={(c: string) => update({ city: c })}
            />
          )}
        </Space>
      }
    >
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : !data ? (
        <PageLoading />
      ) : days.length === 0 ? (
        <ImportEmpty kinds={['air-daily', 'air-hourly']} description={`${shownYear ?? ''}年没有空气质量监测数据`} />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Card size="small" loading={loading} title={`${city ?? ''} ${shownYear ?? ''}年 逐日空气质量指数(AQI)`}>
            <AqiCalendar year={shownYear ?? data.year} days={cityDays} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              按 HJ 633 计算日 AQI,颜色为标准附录 A 规定的类别颜色;无有效数据的日期(GB 3095
              数据有效性不足)为灰色,不计入优良天数比例。
            </Typography.Text>
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={8}>
              <Card size="small" title={`${city ?? ''} 优良天数比例`}>
                <GoodDaysGauge value={stats.goodRatio} target={target} status={cityStatus} />
              </Card>
            </Col>
            <Col xs={24} lg={16}>
              <Card size="small" title="天数统计">
                <Row gutter={[16, 16]}>
                  <Col span={8}>
                    <Statistic
                      title="有效天数"
                      value={formatCount(stats.validDays)}
                      suffix={`/ ${formatCount(stats.days)}`}
                    />
                  </Col>
                  <Col span={8}>
                    <Statistic title="优良天数" value={formatCount(stats.goodDays)} />
                  </Col>
                  <Col span={8}>
                    <Statistic
                      title={`优良天数比例(目标 ≥${target}%)`}
                      value={stats.goodRatio === null ? '—' : `${stats.goodRatio.toFixed(2)}%`}
                      styles={{ content: { color: statusHex(cityStatus) } }}
                    />
                  </Col>
                </Row>
                <Space wrap style={{ marginTop: 16 }}>
                  {AQI_BANDS.map((b) => (
                    <Tag
                      key={b.category}
                      style={{
                        background: b.color,
                        color: ['优', '良'].includes(b.category) ? '#000' : '#fff',
                        border: 'none',
                      }}
                    >
                      {b.category} {stats.byCategory[b.category] ?? 0} 天
                    </Tag>
                  ))}
                </Space>
                {indicator && (
                  <div style={{ marginTop: 16 }}>
                    <Typography.Text>
                      指标「
                      <Link
                        to={`/indicators/${AIR_GOOD_DAYS_INDICATOR}?period=${indicator.period ?? shownYear}${region ? `&region=${region}` : ''}`}
                      >
                        {indicator.name}
                      </Link>
                      」:{valueVsTarget(indicator)}{' '}
                    </Typography.Text>
                    <StatusTag status={indicator.status} reason={indicator.statusReason} />
                  </div>
                )}
              </Card>
            </Col>
          </Row>
        </Space>
      )}
    </PageContainer>
  );
}
