// The drill-down under an indicator: the records its value is computed from, each with how it
// counted and why, paged, filterable by result (and 抽查层级 for product checks), with an Excel
// export of the same selection. The columns are the ones the server names for the indicator.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Select, Table, type TableProps, Tag, Tooltip } from 'antd';
import { useMemo } from 'react';
import type { DrillRow, RecordResult } from '../api/indicator-types.ts';
import { indicatorRecordsXlsxUrl, listIndicatorRecords } from '../api/indicators.ts';
import { useApi } from '../hooks/use-api.ts';
import { formatCount } from '../lib/format.ts';
import {
  CHECK_LEVELS,
  LEVEL_FILTER_CODES,
  RECORD_RESULTS,
  RESULT_LABELS,
  RESULT_TAG_COLORS,
} from '../lib/record-results.ts';
import { ImportEmpty } from './import-empty.tsx';
import { ErrorResult } from './load-state.tsx';
import { RecordCell } from './record-cell.tsx';

type KeyedRow = DrillRow & { key: string };

export function ResultTag({ result, reason }: { result: RecordResult; reason?: string }) {
  const tag = <Tag color={RESULT_TAG_COLORS[result]}>{RESULT_LABELS[result] ?? result}</Tag>;
  return reason ? <Tooltip title={reason}>{tag}</Tooltip> : tag;
}

interface IndicatorRecordsTableProps {
  code: string;
  region?: string;
  period?: string;
  year?: number;
  result?: RecordResult;
  level?: string;
  page: number;
  pageSize: number;
  /** Import kinds that feed the indicator, for the empty state. */
  importKinds: string[];
  onChange: (changes: {
    result?: RecordResult | null;
    level?: string | null;
    page?: number | null;
    pageSize?: number | null;
  }) => void;
}

export function IndicatorRecordsTable({
  code,
  region,
  period,
  year,
  result,
  level,
  page,
  pageSize,
  importKinds,
  onChange,
}: IndicatorRecordsTableProps) {
  const { data, error, loading, reload } = useApi(
    (signal) => listIndicatorRecords(code, { region, period, year, result, level, page, pageSize }, signal),
    [code, region, period, year, result, level, page, pageSize],
  );

  const columns = useMemo<NonNullable<TableProps<KeyedRow>['columns']>>(
    () => [
      {
        title: '日期',
        dataIndex: 'date',
        width: 110,
        fixed: 'left',
        render: (d: string | null) => d?.slice(0, 10) ?? '—',
      },
      { title: '县市', dataIndex: 'regionName', width: 150, render: (n: string | null) => n ?? '未能确定' },
      {
        title: '计入结果',
        dataIndex: 'result',
        width: 120,
        render: (r: RecordResult, row) => <ResultTag result={r} reason={row.reason} />,
      },
      ...(data?.columns ?? []).map((c) => ({
        title: c.label,
        key: c.key,
        render: (_: unknown, row: KeyedRow) => <RecordCell column={c.key} value={row.fields[c.key]} />,
      })),
      {
        title: '说明',
        dataIndex: 'reason',
        width: 260,
        render: (r: string) => <RecordCell column="reason" value={r} />,
      },
    ],
    [data?.columns],
  );
  const rows = useMemo<KeyedRow[]>(
    () => (data?.rows ?? []).map((r, i) => ({ ...r, key: `${r.id ?? ''}|${r.date ?? ''}|${i}` })),
    [data?.rows],
  );

  const exportUrl = indicatorRecordsXlsxUrl(code, { region, period, year, result, level });
  const filtered = Boolean(result || level);
  const counts = data?.counts;
  const all = counts ? counts.passed + counts.failed + counts.excluded : undefined;
  const countLabel = (n: number | undefined) => (n === undefined ? '' : ` ${formatCount(n)}`);

  return (
    <div data-testid="indicator-records">
      <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 12 }}>
        <Flex wrap gap={12}>
          <Segmented<RecordResult | 'all'>
            options={[
              { value: 'all', label: `全部${countLabel(all)}` },
              ...RECORD_RESULTS.map((r) => ({ value: r, label: `${RESULT_LABELS[r]}${countLabel(counts?.[r])}` })),
            ]}
            value={result ?? 'all'}
            onChange={(v) => onChange({ result: v === 'all' ? null : v, page: null })}
          />
          {LEVEL_FILTER_CODES.has(code) && (
            <Select
              allowClear
              aria-label="抽查层级"
              placeholder="全部抽查层级"
              style={{ width: 150 }}
              value={level}
              options={CHECK_LEVELS.map((l) => ({ value: l, label: l }))}
              onChange={(v?: string) => onChange({ level: v ?? null, page: null })}
            />
          )}
        </Flex>
        <Button icon={<DownloadOutlined />} href={exportUrl} download disabled={!data?.total}>
          导出 Excel
        </Button>
      </Flex>
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : !loading && data && data.total === 0 && !filtered ? (
        <ImportEmpty kinds={importKinds} description="本期没有计入该指标的记录" />
      ) : (
        <Table<KeyedRow>
          size="small"
          loading={loading}
          columns={columns}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: filtered ? '没有符合条件的记录' : '暂无记录' }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `共 ${formatCount(total)} 条`,
          }}
          onChange={(p) =>
            onChange({
              page: p.current && p.current > 1 ? p.current : null,
              pageSize: p.pageSize && p.pageSize !== 20 ? p.pageSize : null,
            })
          }
        />
      )}
    </div>
  );
}
