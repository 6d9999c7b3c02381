// The indicator in each county and the 州, as horizontal bars (the county names are long) in each
// region's status colour, with the target as a mark line. Clicking a bar switches the page to
// that region.
import { useMemo } from 'react';
import type { IndicatorTarget, IndicatorValue, RegionValue } from '../api/indicator-types.ts';
import type { Region } from '../api/types.ts';
import type { ChartOption } from '../lib/echarts.ts';
import { formatIndicatorTarget, formatIndicatorValue } from '../lib/indicator-format.ts';
import { statusHex } from '../lib/status-colors.ts';
import { EChart } from './echart.tsx';

interface CountyChartProps {
  points: RegionValue[];
  regions: Region[] | undefined;
  target: IndicatorTarget;
  unit: string;
  kind: IndicatorValue['kind'];
  selectedRegion?: string;
  onSelectRegion?: (code: string) => void;
}

/**
 * Where the value axis starts. Pass rates all sit in the 90s, so a zero baseline would hide the
 * differences; start a round step below the lowest bar or the target (so the target line is
 * always on the chart), and at zero for everything else.
 */
function axisMin(points: RegionValue[], target: number | null, unit: string): number {
  if (unit !== '%') return 0;
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  if (target !== null) values.push(target);
  if (values.length === 0) return 0;
  return Math.max(0, Math.floor((Math.min(...values) - 2) / 5) * 5);
}

export function CountyChart({ points, regions, target, unit, kind, selectedRegion, onSelectRegion }: CountyChartProps) {
  const clickable = Boolean(onSelectRegion);
  const { option, ordered } = useMemo(() => {
    const byCode = new Map((regions ?? []).map((r) => [r.code, r]));
    // 州 first at the top: category axes draw bottom-up, so reverse.
    const ordered = [...points]
      .sort((a, b) => {
        const pa = byCode.get(a.region)?.level === 'prefecture' ? -1 : 0;
        const pb = byCode.get(b.region)?.level === 'prefecture' ? -1 : 0;
        return pa - pb || a.region.localeCompare(b.region);
      })
      .reverse();
    const name = (p: RegionValue) => {
      const r = byCode.get(p.region);
      if (r?.level === 'prefecture') return `${r.shortName || r.name}(全州)`;
      return r?.shortName || p.regionName || r?.name || p.region;
    };
    const absolute = target.comparator === '>=' || target.comparator === '<=' || target.comparator === '=';
    const option: ChartOption = {
      grid: { left: 8, right: 96, top: 28, bottom: 24, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (raw: unknown) => {
          const p = ordered[(raw as { dataIndex: number }).dataIndex];
          if (!p) return '';
          const lines = [`<b>${name(p)}</b>`, `数值:${formatIndicatorValue(p.value, unit, kind)}`];
          if (p.denominator !== null && p.denominator !== undefined) {
            lines.push(`n:${p.denominator.toLocaleString('zh-CN')}`);
          }
          if (p.status) lines.push(`状态:${p.status}`);
          if (p.statusReason) lines.push(p.statusReason);
          return lines.join('<br/>');
        },
      },
      xAxis: {
        type: 'value',
        min: axisMin(points, absolute ? target.value : null, unit),
        max: unit === '%' ? 100 : undefined,
      },
      yAxis: {
        type: 'category',
        data: ordered.map(name),
        axisLabel: {
          fontWeight: 'normal',
          formatter: (label: string, index: number) =>
            ordered[index]?.region === selectedRegion ? `{sel|${label}}` : label,
          rich: { sel: { fontWeight: 'bold', color: '#1677ff' } },
        },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 22,
          cursor: clickable ? 'pointer' : 'default',
          label: {
            show: true,
            position: 'right',
            formatter: (raw: unknown) => {
              const p = ordered[(raw as { dataIndex: number }).dataIndex];
              return p ? formatIndicatorValue(p.value, unit, kind) : '';
            },
          },
          data: ordered.map((p) => ({ value: p.value ?? 0, itemStyle: { color: statusHex(p.status) } })),
          markLine: absolute
            ? {
                symbol: 'none',
                silent: true,
                lineStyle: { type: 'dashed', color: '#ff4d4f' },
                label: { formatter: `目标 ${formatIndicatorTarget(target, kind)}`, position: 'end' },
                data: [{ xAxis: target.value }],
              }
            : undefined,
        },
      ],
    };
    return { option, ordered };
  }, [points, regions, target, unit, kind, selectedRegion, clickable]);

  const height = Math.max(240, points.length * 34 + 48);
  return (
    <EChart
      option={option}
      height={height}
      ariaLabel="各县市对比"
      onClick={(p) => {
        const point = ordered[p.dataIndex];
        if (point && onSelectRegion) onSelectRegion(point.region);
      }}
    />
  );
}
