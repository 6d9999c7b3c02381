// 数据浏览: the imported records of one kind, filtered by region, date range and free text, with
// one column per field of the kind (the template's Chinese headers). Filters are in the URL.
import { Card, DatePicker, Flex, Input, Select, Table, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ImportKind, RecordRow } from '../api/import-types.ts';
import { listRecords } from '../api/imports.ts';
import { ImportEmpty } from '../components/import-empty.tsx';
import { ErrorResult, PageLoading } from '../components/load-state.tsx';
import { PageContainer } from '../components/page-container.tsx';
import { RecordCell } from '../components/record-cell.tsx';
import { RegionSelect } from '../components/region-period-picker.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useImportKinds } from '../hooks/use-import-kinds.ts';
import { useRegions } from '../hooks/use-reference-data.ts';
import { formatCount } from '../lib/format.ts';
import { COMMON_LABELS, HIDDEN_COLUMNS, rowKeys, snakeCase } from '../lib/record-columns.ts';
import { intParam, withParams } from '../lib/search-params.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The row's value of a field, under the field key or the column name it is stored as. */
function cell(row: RecordRow, key: string): unknown {
  return key in row ? row[key] : row[snakeCase(key)];
}

/**
 * Columns: date and region first, then the kind's fields that the rows actually carry (some
 * template columns, like 序号, are not stored), then anything else the rows have.
 */
function recordColumns(
  kind: ImportKind,
  rows: RecordRow[],
  regionName: (code: string) => string,
): NonNullable<TableProps<RecordRow>['columns']> {
  const present = new Set(rowKeys(rows));
  const used = new Set<string>();
  const columns: NonNullable<TableProps<RecordRow>['columns']> = [];
  const add = (key: string, title: string, render?: (row: RecordRow) => unknown) => {
    used.add(key);
    used.add(snakeCase(key));
    columns.push({
      key,
      title,
      render: (_, row) => <RecordCell column={key} value={render ? render(row) : cell(row, key)} />,
    });
  };
  for (const key of ['date']) if (present.has(key)) add(key, COMMON_LABELS[key] ?? key);
  const regionKey = ['regionCode', 'region_code', 'region'].find((k) => present.has(k));
  if (regionKey) {
    add(regionKey, '县市', (row) => {
      const code = row[regionKey];
      return typeof code === 'string' ? regionName(code) : null;
    });
    used.add('regionName');
    used.add('region_name');
  }
  for (const f of kind.fields) {
    if (used.has(f.name) || !(present.has(f.name) || present.has(snakeCase(f.name)))) continue;
    add(f.name, f.header);
  }
  for (const key of present) {
    if (used.has(key) || HIDDEN_COLUMNS.has(key)) continue;
    add(key, COMMON_LABELS[key] ?? key);
  }
  return columns;
}

export function RecordsBrowserPage() {
  const [params, setParams] = useSearchParams();
  const { data: kinds, error: kindsError, reload: reloadKinds } = useImportKinds();
  const { data: regions } = useRegions();
  const kindId = params.get('kind') ?? kinds?.[0]?.kind ?? null;
  const kind = kinds?.find((k) => k.kind === kindId) ?? null;
  const region = params.get('region') || undefined;
  const from = DAY.test(params.get('from') ?? '') ? (params.get('from') as string) : undefined;
  const to = DAY.test(params.get('to') ?? '') ? (params.get('to') as string) : undefined;
  const q = params.get('q') ?? '';
  const page = intParam(params, 'page') ?? 1;
  const pageSize = intParam(params, 'pageSize') ?? 20;
  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);

  const { data, error, loading, reload } = useApi(
    (signal) =>
      kind
        ? listRecords(kind.kind, { page, pageSize, region, from, to, q: q || undefined }, signal)
        : Promise.resolve(undefined),
    [kind?.kind, page, pageSize, region, from, to, q],
  );
  const rows = data?.items ?? [];
  const columns = useMemo(() => {
    const names = new Map((regions ?? []).map((r) => [r.code, r.name]));
    return kind ? recordColumns(kind, rows, (code) => names.get(code) ?? code) : [];
  }, [kind, rows, regions]);
  const update = (changes: Record<string, string | null>) => setParams(withParams(params, { page: null, ...changes }));
  const filtered = Boolean(region || from || to || q);

  return (
    <PageContainer breadcrumb={[{ title: '数据填报' }, { title: '数据浏览' }]} title="数据浏览">
      {kindsError ? (
        <ErrorResult error={kindsError} onRetry={reloadKinds} />
      ) : !kinds ? (
        <PageLoading />
      ) : (
        <>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Flex wrap gap={12}>
              <Select
                aria-label="数据类型"
                style={{ width: 240 }}
                value={kind?.kind}
                options={kinds.map((k) => ({ value: k.kind, label: k.name }))}
                showSearch={{ optionFilterProp: 'label' }}
                onChange={(id: string) => setParams(withParams(new URLSearchParams(), { kind: id }))}
              />
              <RegionSelect allowNone value={region} onChange={(code) => update({ region: code ?? null })} />
              <DatePicker.RangePicker
                aria-label="日期范围"
                value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
                allowEmpty={[true, true]}
                onChange={(range) =>
                  update({
                    from: range?.[0]?.format('YYYY-MM-DD') ?? null,
                    to: range?.[1]?.format('YYYY-MM-DD') ?? null,
                  })
                }
              />
              <Input.Search
                allowClear
                placeholder="搜索名称、单位、编号"
                style={{ width: 260 }}
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                onSearch={(value) => update({ q: value.trim() || null })}
              />
            </Flex>
          </Card>
          {error ? (
            <ErrorResult error={error} onRetry={reload} />
          ) : kind && !loading && data?.total === 0 && !filtered ? (
            <ImportEmpty kinds={[kind.kind]} description={`还没有「${kind.name}」记录`} />
          ) : (
            <Table<RecordRow>
              rowKey={(row) => String(row.id)}
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
                setParams(
                  withParams(params, {
                    page: p.current && p.current > 1 ? p.current : null,
                    pageSize: p.pageSize && p.pageSize !== 20 ? p.pageSize : null,
                  }),
                )
              }
            />
          )}
        </>
      )}
    </PageContainer>
  );
}
