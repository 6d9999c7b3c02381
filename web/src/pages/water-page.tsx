// 水环境: every centralized drinking-water source and state-controlled section in the period,
// with its GB 3838 class (I–劣V in the evaluation method's colours), the items deciding the
// class, and whether it complies with its target. Filter by type; period and type in the URL.
import { Card, Segmented, Space, Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import type { WaterClass, WaterSite, WaterSitesResponse } from '../api/indicator-types.ts';
import { getWaterSites } from '../api/indicators.ts';
import { ImportEmpty } from '../components/import-empty.tsx';
import { ErrorResult, PageLoading } from '../components/load-state.tsx';
import { PageContainer } from '../components/page-container.tsx';
import { RegionPeriodPicker } from '../components/region-period-picker.tsx';
import { WaterClassTag } from '../components/water-class-tag.tsx';
import { useApi } from '../hooks/use-api.ts';
import { pending, useRegionPeriod } from '../hooks/use-region-period.ts';
import { WATER_CLASS_STYLE, WATER_CLASSES } from '../lib/water-classes.ts';

const classRank = (c: WaterClass | null) => (c === null ? WATER_CLASSES.length : WATER_CLASSES.indexOf(c));

const KIND_LABELS: Record<WaterSite['kind'], string> = {
  drinking: '集中式饮用水水源地',
  section: '国控断面',
  other: '其他监测点',
};

function ClassCell({ site }: { site: WaterSite }) {
  if (site.class || !site.bestPossibleClass || !site.worstPossibleClass) return <WaterClassTag value={site.class} />;
  // A detection limit above a class limit leaves the class open between two bounds.
  return (
    <Tooltip title="检出限高于类别限值,类别只能确定在此范围内">
      <span>
        <WaterClassTag value={site.bestPossibleClass} />~<WaterClassTag value={site.worstPossibleClass} />
      </span>
    </Tooltip>
  );
}

function MeetsCell({ site }: { site: WaterSite }) {
  const tag =
    site.meets === null ? (
      <Tag>待定</Tag>
    ) : site.meets ? (
      <Tag color="success">达标</Tag>
    ) : (
      <Tag color="error">不达标</Tag>
    );
  const c = site.sampleCompliance;
  const samples = c ? `样品:达标 ${c.passed},不达标 ${c.failed}${c.excluded ? `,不计入 ${c.excluded}` : ''}` : null;
  const title = [site.reason, samples].filter(Boolean).join(';');
  return title ? <Tooltip title={title}>{tag}</Tooltip> : tag;
}

const columns: NonNullable<TableProps<WaterSite>['columns']> = [
  {
    title: '名称 / 所在县市',
    dataIndex: 'site',
    width: 220,
    sorter: (a, b) => a.site.localeCompare(b.site, 'zh-CN'),
    render: (name: string, site) => (
      <>
        <div>{name}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {site.regionName ?? site.region ?? '未能确定县市'}
        </Typography.Text>
      </>
    ),
  },
  { title: '类型', dataIndex: 'siteType', width: 150 },
  {
    title: '样品数',
    dataIndex: 'samples',
    width: 80,
    align: 'right',
    render: (n: number) => n.toLocaleString('zh-CN'),
  },
  {
    title: '水质类别',
    dataIndex: 'class',
    width: 150,
    sorter: (a, b) => classRank(a.class) - classRank(b.class),
    render: (_: unknown, site) => <ClassCell site={site} />,
  },
  {
    title: '定类项目',
    dataIndex: 'decidingItems',
    // The deciding items have the site's class by definition; name a class only where it differs.
    render: (items: WaterSite['decidingItems'], site) =>
      items.length > 0 ? (
        items.map((i) => (i.class && i.class !== site.class ? `${i.name}(${i.class}类)` : i.name)).join('、')
      ) : (
        <Typography.Text type="secondary">—</Typography.Text>
      ),
  },
  {
    title: '主要污染指标',
    dataIndex: 'mainPollutants',
    width: 150,
    render: (list: string[]) =>
      list.length > 0 ? list.join('、') : <Typography.Text type="secondary">—</Typography.Text>,
  },
  {
    title: '是否达标',
    dataIndex: 'meets',
    width: 100,
    filters: [
      { text: '达标', value: 'yes' },
      { text: '不达标', value: 'no' },
    ],
    onFilter: (value, site) => (value === 'yes' ? site.meets === true : site.meets === false),
    render: (_: unknown, site) => <MeetsCell site={site} />,
  },
];

export function WaterPage() {
  const { region, period, year, ready, update, params } = useRegionPeriod();
  const type = params.get('type') ?? '';
  const { data, error, loading, reload } = useApi(
    (signal) => (ready ? getWaterSites({ year, period, region }, signal) : pending<WaterSitesResponse>()),
    [ready, year, period, region],
  );
  const sites = data?.items ?? [];
  const kinds = useMemo(() => [...new Set(sites.map((s) => s.kind))], [sites]);
  const shown = type ? sites.filter((s) => s.kind === type) : sites;

  return (
    <PageContainer
      breadcrumb={[{ title: '指标监测' }, { title: '水环境' }]}
      title="水环境"
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
      ) : sites.length === 0 ? (
        <ImportEmpty kinds={['water']} description="本期没有饮用水水源地或国控断面的水质监测数据" />
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Card size="small">
            <Space wrap size={16}>
              <Segmented<string>
                value={type}
                options={[
                  { value: '', label: `全部 ${sites.length}` },
                  ...kinds.map((k) => ({
                    value: k,
                    label: `${KIND_LABELS[k]} ${sites.filter((s) => s.kind === k).length}`,
                  })),
                ]}
                onChange={(t) => update({ type: t || null })}
              />
              <Space size={4} wrap>
                {WATER_CLASSES.filter((c) => c !== 'II').map((c) => (
                  <Tag
                    key={c}
                    style={{ background: WATER_CLASS_STYLE[c].color, color: WATER_CLASS_STYLE[c].text, border: 'none' }}
                  >
                    {c === 'I' ? 'I–II类' : `${c}类`} {WATER_CLASS_STYLE[c].grade}
                  </Tag>
                ))}
              </Space>
            </Space>
          </Card>
          <Table<WaterSite>
            rowKey={(s) => `${s.siteType}|${s.site}`}
            size="middle"
            loading={loading}
            columns={columns}
            dataSource={shown}
            scroll={{ x: 1000 }}
            pagination={shown.length > 20 ? { pageSize: 20, showTotal: (t) => `共 ${t} 个` } : false}
            locale={{ emptyText: '没有该类型的监测点' }}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            按 GB 3838-2002 单因子评价法定类(总氮、粪大肠菌群不参与定类);集中式饮用水水源地另须满足表 2 补充项目限值。
          </Typography.Text>
        </Space>
      )}
    </PageContainer>
  );
}
