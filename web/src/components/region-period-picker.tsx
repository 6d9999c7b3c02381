// The page-header selectors of regional/periodic pages: region (州 or a county, from
// /api/regions) and period (year; 年初至今 / 全年 / 季度 / 月份). Values come from the URL, or,
// when the URL has none, from what the API answered with (its defaults).
import { Segmented, Select, Space } from 'antd';
import { useMemo } from 'react';
import { useRegions } from '../hooks/use-reference-data.ts';
import { defaultIndex, type PeriodKind, parsePeriod, periodKey } from '../lib/period.ts';

const KIND_OPTIONS: { value: PeriodKind; label: string }[] = [
  { value: 'ytd', label: '年初至今' },
  { value: 'year', label: '全年' },
  { value: 'quarter', label: '季度' },
  { value: 'month', label: '月份' },
];

const QUARTER_OPTIONS = [1, 2, 3, 4].map((q) => ({ value: q, label: `第${'一二三四'[q - 1]}季度` }));
const MONTH_OPTIONS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }));

/** The plan years worth offering: a few years back and the current one, plus whatever is shown. */
function yearOptions(selected: number | undefined): { value: number; label: string }[] {
  const now = new Date().getFullYear();
  const years = new Set<number>();
  for (let y = now - 5; y <= now; y += 1) years.add(y);
  if (selected) years.add(selected);
  return [...years].sort((a, b) => b - a).map((y) => ({ value: y, label: `${y}年` }));
}

export function RegionSelect({
  value,
  onChange,
  allowNone = false,
}: {
  value: string | undefined;
  onChange: (code: string | undefined) => void;
  /** Offer 「未能确定县市」 (records the importer could not place), for the records browser. */
  allowNone?: boolean;
}) {
  const { data: regions, loading } = useRegions();
  const options = useMemo(() => {
    const sorted = [...(regions ?? [])].sort((a, b) =>
      a.level === b.level ? a.code.localeCompare(b.code) : a.level === 'prefecture' ? -1 : 1,
    );
    const list = sorted.map((r) => ({ value: r.code, label: r.level === 'prefecture' ? `${r.name}(全州)` : r.name }));
    if (allowNone) list.push({ value: 'none', label: '未能确定县市' });
    return list;
  }, [regions, allowNone]);
  return (
    <Select
      aria-label="地区"
      style={{ width: 240 }}
      placeholder="全州"
      loading={loading}
      value={value}
      options={options}
      allowClear={allowNone}
      showSearch={{ optionFilterProp: 'label' }}
      onChange={(code?: string) => onChange(code)}
    />
  );
}

interface RegionPeriodPickerProps {
  region: string | undefined;
  period?: string | undefined;
  /** Pages that are per year only (the AQI calendar) pass year instead of period. */
  year?: number | undefined;
  yearOnly?: boolean;
  showRegion?: boolean;
  onChange: (changes: { region?: string | null; period?: string | null; year?: number | null }) => void;
}

export function RegionPeriodPicker({
  region,
  period,
  year,
  yearOnly = false,
  showRegion = true,
  onChange,
}: RegionPeriodPickerProps) {
  const parts = parsePeriod(period);
  const shownYear = parts?.year ?? year;
  const setPeriod = (kind: PeriodKind, y: number, index?: number) =>
    onChange({ period: periodKey({ year: y, kind, index: index ?? defaultIndex(kind, y) }) });

  return (
    <Space wrap data-testid="region-period-picker">
      {showRegion && <RegionSelect value={region} onChange={(code) => onChange({ region: code ?? null })} />}
      <Select
        aria-label="年度"
        style={{ width: 100 }}
        value={shownYear}
        disabled={shownYear === undefined}
        placeholder="年度"
        options={yearOptions(shownYear)}
        onChange={(y: number) =>
          yearOnly || !parts ? onChange({ year: y }) : setPeriod(parts.kind, y, parts.index || undefined)
        }
      />
      {!yearOnly && (
        <>
          <Segmented<PeriodKind>
            options={KIND_OPTIONS}
            // Without a period the API computes the whole year.
            value={parts?.kind ?? 'year'}
            disabled={shownYear === undefined}
            onChange={(kind) => shownYear !== undefined && setPeriod(kind, shownYear)}
          />
          {parts?.kind === 'quarter' && (
            <Select
              aria-label="季度"
              style={{ width: 110 }}
              value={parts.index}
              options={QUARTER_OPTIONS}
              onChange={(q: number) => setPeriod('quarter', parts.year, q)}
            />
          )}
          {parts?.kind === 'month' && (
            <Select
              aria-label="月份"
              style={{ width: 90 }}
              value={parts.index}
              options={MONTH_OPTIONS}
              onChange={(m: number) => setPeriod('month', parts.year, m)}
            />
          )}
        </>
      )}
    </Space>
  );
}
