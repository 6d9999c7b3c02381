// The latest failed food samples for the cockpit: the food indicator's drill-down filtered to
// failed records, showing the few columns a leader reads (date, food, sampled unit, county,
// failed items), newest first, with a link to the full list.
import { Button, Table, type TableProps } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { DrillRow, IndicatorRecordsPage, IndicatorRecordsQuery } from '../api/indicator-types.ts';
import { listIndicatorRecords } from '../api/indicators.ts';
import { useApi } from '../hooks/use-api.ts';
import { FOOD_INDICATOR } from '../lib/indicator-sources.ts';
import { ErrorResult } from './load-state.tsx';
import { RecordCell } from './record-cell.tsx';

/** Drill-down columns of food_pass_rate worth a glance (src/modules/indicators/indicator-records.ts). */
const FIELDS = ['product_name', 'sampled_unit_name', 'failed_items_json'];
const LIMIT = 5;

type KeyedRow = DrillRow & { key: string };

/**
 * The drill-down lists records oldest first and has no sort parameter, so the newest ones are
 * on its last page: read the total, then the last two pages (the last may hold only one row).
 */
async function latestFailed(query: IndicatorRecordsQuery, signal: AbortSignal): Promise<IndicatorRecordsPage> {
  const q = { ...query, result: 'failed' as const, pageSize: LIMIT };
  const first = await listIndicatorRecords(FOOD_INDICATOR, { ...q, page: 1 }, signal);
  if (first.total <= LIMIT) return { ...first, rows: [...first.rows].reverse() };
  const last = Math.ceil(first.total / LIMIT);
  const [before, tail] = await Promise.all([
    listIndicatorRecords(FOOD_INDICATOR, { ...q, page: last - 1 }, signal),
    listIndicatorRecords(FOOD_INDICATOR, { ...q, page: last }, signal),
  ]);
  return { ...tail, rows: [...before.rows, ...tail.rows].slice(-LIMIT).reverse() };
}

export function FailedFoodSamples({ region, period, year }: { region?: string; period?: string; year?: number }) {
  const { data, error, loading, reload } = useApi(
    (signal) => latestFailed({ region, period, year }, signal),
    [region, period, year],
  );
  const columns = useMemo<NonNullable<TableProps<KeyedRow>['columns']>>(() => {
    const labels = new Map((data?.columns ?? []).map((c) => [c.key, c.label]));
    return [
      { title: '日期', dataIndex: 'date', width: 110, render: (d: string | null) => d?.slice(0, 10) ?? '—' },
      ...FIELDS.filter((k) => labels.has(k)).map((k) => ({
        title: labels.get(k),
        key: k,
        render: (_: unknown, row: KeyedRow) => <RecordCell column={k} value={row.fields[k]} />,
      })),
      { title: '县市', dataIndex: 'regionName', width: 150, render: (n: string | null) => n ?? '未能确定' },
    ];
  }, [data?.columns]);
  const rows = useMemo(() => (data?.rows ?? []).map((r, i) => ({ ...r, key: `${r.id ?? ''}|${i}` })), [data?.rows]);

  if (error) return <ErrorResult error={error} onRetry={reload} />;
  const params = new URLSearchParams();
  if (region) params.set('region', region);
  if (period) params.set('period', period);
  params.set('result', 'failed');
  return (
    <>
      <Table<KeyedRow>
        size="small"
        loading={loading}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '本期没有不合格的食品抽检记录' }}
      />
      {(data?.total ?? 0) > 0 && (
        <Link to={`/indicators/${FOOD_INDICATOR}?${params.toString()}`}>
          <Button type="link" style={{ paddingInline: 0 }}>
            查看全部 {data?.total.toLocaleString('zh-CN')} 条不合格记录
          </Button>
        </Link>
      )}
    </>
  );
}
