// A year of daily AQI for one city as an ECharts calendar heatmap, each day in its HJ 633
// category colour (legend below), grey where the day has no valid AQI. The tooltip gives the AQI,
// category, primary pollutants, the HJ 633 edition used and the day's validity.
import { useMemo } from 'react';
import type { AirDay } from '../api/indicator-types.ts';
import { AQI_BANDS, AQI_INVALID_COLOR, AQI_POLLUTANT_LABELS } from '../lib/aqi-categories.ts';
import type { ChartOption } from '../lib/echarts.ts';
import { EChart } from './echart.tsx';

const INVALID = -1;
const DAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'];
const MONTH_NAMES = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

function pollutants(day: AirDay): string {
  return day.primaryPollutants.length > 0
    ? day.primaryPollutants.map((p) => AQI_POLLUTANT_LABELS[p] ?? p).join('、')
    : '无(AQI ≤ 50)';
}

export function dayTooltip(day: AirDay): string {
  const lines = [`<b>${day.date}</b> ${day.city}`];
  if (day.valid && day.aqi !== null) {
    lines.push(`AQI:${day.aqi}(${day.category ?? '—'})`);
    lines.push(`首要污染物:${pollutants(day)}`);
  } else {
    lines.push('AQI:无有效数据');
  }
  lines.push(`评价标准:${day.standard}`);
  const validity = day.valid ? '有效' : '无效(有效数据不足)';
  const missing = day.missing?.length ? `,缺少 ${day.missing.map((m) => AQI_POLLUTANT_LABELS[m] ?? m).join('、')}` : '';
  lines.push(`数据有效性:${validity}${missing}`);
  if (day.source) lines.push(`来源:${day.source === 'hourly' ? '小时数据计算' : '日报数据'}`);
  if (day.aqiMismatch) lines.push(`<span style="color:#cf1322">上报 AQI ${day.reportedAqi ?? '—'} 与计算值不符</span>`);
  for (const note of day.notes ?? []) lines.push(note);
  return lines.join('<br/>');
}

export function AqiCalendar({ year, days }: { year: number; days: AirDay[] }) {
  const option = useMemo<ChartOption>(() => {
    const byDate = new Map(days.map((d) => [d.date, d]));
    return {
      tooltip: {
        formatter: (raw: unknown) => {
          const value = (raw as { value?: [string, number] }).value;
          const day = value ? byDate.get(value[0]) : undefined;
          return day ? dayTooltip(day) : '';
        },
      },
      visualMap: {
        type: 'piecewise',
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        seriesIndex: 0,
        dimension: 1,
        pieces: [
          // AQI is an integer (HJ 633 rounds IAQI up), so "above the previous band" is the band.
          ...AQI_BANDS.map((b) => ({
            ...(b.min === 0 ? { gte: 0 } : { gt: b.min - 1 }),
            ...(b.max === null ? {} : { lte: b.max }),
            label: b.max === null ? `${b.category} >${b.min - 1}` : `${b.category} ${b.min}–${b.max}`,
            color: b.color,
          })),
          { value: INVALID, label: '无有效数据', color: AQI_INVALID_COLOR },
        ],
      },
      calendar: {
        range: String(year),
        top: 36,
        left: 40,
        right: 16,
        cellSize: ['auto', 16],
        splitLine: { lineStyle: { color: '#8c8c8c', width: 1 } },
        itemStyle: { borderColor: '#fff', borderWidth: 1, color: '#fafafa' },
        dayLabel: { nameMap: DAY_NAMES, firstDay: 1, fontSize: 10 },
        monthLabel: { nameMap: MONTH_NAMES, fontSize: 11 },
        yearLabel: { show: false },
      },
      series: [
        {
          type: 'heatmap',
          coordinateSystem: 'calendar',
          data: days.map((d) => [d.date, d.valid && d.aqi !== null ? d.aqi : INVALID]),
        },
      ],
    };
  }, [year, days]);

  return <EChart option={option} height={220} ariaLabel="空气质量日历" />;
}
