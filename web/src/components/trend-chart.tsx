// Monthly trend of one indicator over the year with the target as a dashed mark line. Rates and
// levels show each month's own value in that month's status colour, gaps where a month has no
// value. Reported quantities (enterprises, 万亩, 亿元) add up over the year, so they show the
// running total against the annual target instead of single months that could never reach it.
import { useMemo } from 'react';
import type { IndicatorTarget, IndicatorValue, MonthPoint } from '../api/indicator-types.ts';
import type { ChartOption } from '../lib/echarts.ts';
import { formatIndicatorTarget, formatIndicatorValue } from '../lib/indicator-format.ts';
import { monthLabel } from '../lib/period.ts';
import { statusHex } from '../lib/status-colors.ts';
import { EChart } from './echart.tsx';

interface TrendChartProps {
  series: MonthPoint[];
  target: IndicatorTarget;
  unit: string;
  kind: IndicatorValue['kind'];
}

/** Only absolute targets (≥, ≤, =) can be drawn as a line on the value axis. */
function targetLine(target: IndicatorTarget): number | null {
  return target.comparator === '>=' || target.comparator === '<=' || target.comparator === '=' ? target.value : null;
}

/** Reported counts, areas and outputs are summed over the period (catalogue `aggregate: 'sum'`). */
export function isCumulative(kind: IndicatorValue['kind'], unit: string): boolean {
  return kind === 'reported' && unit !== '%';
}

/** Running totals; months before the first report stay empty, later empty months carry the total. */
function runningTotals(series: MonthPoint[]): (number | null)[] {
  let total: number | null = null;
  return series.map((p) => {
    if (p.value !== null) total = (total ?? 0) + p.value;
    return total;
  });
}

export function TrendChart({ series, target, unit, kind }: TrendChartProps) {
  const cumulative = isCumulative(kind, unit);
  const option = useMemo<ChartOption>(() => {
    const line = targetLine(target);
    const values = cumulative ? runningTotals(series) : series.map((p) => p.value);
    const isPercent = unit === '%';
    return {
      grid: { left: 56, right: 88, top: 32, bottom: 32 },
      tooltip: {
        trigger: 'axis',
        formatter: (raw: unknown) => {
          const first = (Array.isArray(raw) ? raw[0] : raw) as { dataIndex: number } | undefined;
          const i = first?.dataIndex ?? -1;
          const p = series[i];
          if (!p) return '';
          const lines = [`<b>${p.month}</b>`];
          if (cumulative) {
            lines.push(`本月:${formatIndicatorValue(p.value, unit, kind)}`);
            lines.push(`年内累计:${formatIndicatorValue(values[i], unit, kind)}`);
          } else {
            lines.push(`数值:${formatIndicatorValue(p.value, unit, kind)}`);
            if (p.denominator !== null) lines.push(`n:${p.denominator.toLocaleString('zh-CN')}`);
            lines.push(`状态:${p.status}`);
          }
          return lines.join('<br/>');
        },
      },
      xAxis: { type: 'category', data: series.map((p) => monthLabel(p.month)), boundaryGap: false },
      yAxis: {
        type: 'value',
        scale: !cumulative,
        // Keep the target line on the chart; a pass-rate axis never needs to go past 100%.
        max: (v: { max: number }) => {
          const top = Math.max(v.max, line ?? v.max);
          return isPercent ? Math.min(100, Math.ceil(top)) : Math.ceil(top * 1.05);
        },
        min: cumulative
          ? 0
          : (v: { min: number }) => {
              const bottom = Math.min(v.min, line ?? v.min);
              return isPercent ? Math.max(0, Math.floor(bottom - 1)) : Math.floor(bottom * 0.95);
            },
        axisLabel: { formatter: isPercent ? '{value}%' : '{value}' },
      },
      series: [
        {
          type: 'line',
          name: cumulative ? '年内累计' : '数值',
          connectNulls: false,
          symbolSize: 8,
          areaStyle: cumulative ? { opacity: 0.08 } : undefined,
          lineStyle: { color: '#1677ff' },
          itemStyle: { color: '#1677ff' },
          data: values.map((v, i) => ({
            value: v ?? '-',
            // A month's status is about that month; a running total has none of its own.
            itemStyle: cumulative ? undefined : { color: statusHex(series[i]?.status) },
          })),
          markLine:
            line === null
              ? undefined
              : {
                  symbol: 'none',
                  silent: true,
                  lineStyle: { type: 'dashed', color: '#ff4d4f' },
                  label: { formatter: `目标 ${formatIndicatorTarget(target, kind)}`, position: 'end' },
                  data: [{ yAxis: line }],
                },
        },
      ],
    };
  }, [series, target, unit, kind, cumulative]);

  return <EChart option={option} height={300} ariaLabel={cumulative ? '年内累计趋势' : '月度趋势'} />;
}
