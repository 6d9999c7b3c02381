// The good-days ratio (优良天数比例) as a gauge: the band below the target red, above it green, the
// pointer at the value and the number in the status colour.
import { useMemo } from 'react';
import type { IndicatorStatus } from '../api/indicator-types.ts';
import type { ChartOption } from '../lib/echarts.ts';
import { statusHex } from '../lib/status-colors.ts';
import { EChart } from './echart.tsx';

interface GoodDaysGaugeProps {
  /** Percent 0–100, null when there are no valid days. */
  value: number | null;
  /** Target percent (91 in the 2023 plan). */
  target: number;
  status?: IndicatorStatus;
  height?: number;
}

export function GoodDaysGauge({ value, target, status, height = 220 }: GoodDaysGaugeProps) {
  const option = useMemo<ChartOption>(
    () => ({
      series: [
        {
          type: 'gauge',
          min: 0,
          max: 100,
          radius: '95%',
          center: ['50%', '58%'],
          startAngle: 210,
          endAngle: -30,
          splitNumber: 5,
          axisLine: {
            lineStyle: {
              width: 12,
              color: [
                [target / 100, '#ffccc7'],
                [1, '#b7eb8f'],
              ],
            },
          },
          pointer: { width: 4, length: '60%', itemStyle: { color: statusHex(status) } },
          axisTick: { distance: -12, length: 6, lineStyle: { color: '#fff', width: 1 } },
          splitLine: { distance: -12, length: 12, lineStyle: { color: '#fff', width: 2 } },
          axisLabel: { distance: 16, fontSize: 10, color: '#8c8c8c' },
          title: { offsetCenter: [0, '72%'], fontSize: 12, color: '#595959' },
          detail: {
            valueAnimation: false,
            offsetCenter: [0, '38%'],
            fontSize: 22,
            fontWeight: 'bold',
            color: statusHex(status),
            formatter: () => (value === null ? '—' : `${value.toFixed(2)}%`),
          },
          data: [{ value: value ?? 0, name: `目标 ≥${target}%` }],
        },
      ],
    }),
    [value, target, status],
  );
  return <EChart option={option} height={height} ariaLabel="优良天数比例" />;
}
