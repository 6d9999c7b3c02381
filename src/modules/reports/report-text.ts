// Shared wording of the reports: numbers as the dashboard shows them, times in Beijing time,
// and the indicator table every report attaches.

import type { Target } from '../../core/indicators/attainment.ts';
import { targetText } from '../../core/indicators/attainment.ts';
import type { IndicatorItem } from '../indicators/indicator-service.ts';
import type { Table } from './tables-xlsx.ts';

const BEIJING_MS = 8 * 3600_000;

/** 2023-07-10 09:30:00 (北京时间). */
export function beijingTime(iso: string): string {
  return new Date(Date.parse(iso) + BEIJING_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** 成文日期: 2023年7月10日. */
export function chineseDate(iso: string): string {
  const d = new Date(Date.parse(iso) + BEIJING_MS);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** A value exactly as the service gives it (already rounded), without trailing zeros. */
export function num(v: number): string {
  return String(v);
}

export function valueText(v: number | null, unit: string): string {
  return v === null ? '—' : `${num(v)}${unit}`;
}

export function indicatorSentence(i: IndicatorItem): string {
  return `${i.name}${valueText(i.value, i.unit)}（目标${targetText(i.target as Target)}）`;
}

export const STATUS_ORDER = ['达标', '预警', '未达标', '数据不足'] as const;

export function indicatorTable(items: readonly IndicatorItem[], title: string): Table {
  return {
    sheet: '主要指标完成情况',
    title,
    columns: [
      { header: '序号', key: 'seq', width: 5 },
      { header: '指标', key: 'name', width: 26 },
      { header: '目标', key: 'target', width: 10 },
      { header: '本期值', key: 'value', width: 10 },
      { header: '分子/分母', key: 'nd', width: 12 },
      { header: '状态', key: 'status', width: 8 },
    ],
    rows: items.map((i, n) => ({
      seq: n + 1,
      name: i.name,
      target: targetText(i.target as Target),
      value: valueText(i.value, i.unit),
      nd: i.numerator !== null && i.denominator !== null ? `${num(i.numerator)}/${num(i.denominator)}` : '—',
      status: i.status,
    })),
  };
}

/** Indicators × counties, for the rate indicators that are computed per county. */
export function countyTable(items: readonly IndicatorItem[], title: string): Table | null {
  const rows = items.filter((i) => (i.byRegion ?? []).some((r) => r.value !== null));
  const first = rows[0]?.byRegion ?? [];
  if (rows.length === 0) return null;
  return {
    sheet: '各县市指标情况',
    title,
    columns: [
      { header: '指标', key: 'name', width: 22 },
      ...first.map((r) => ({
        header: r.regionName.replace(/保安族东乡族撒拉族自治县$/, '县'),
        key: r.region,
        width: 8,
      })),
    ],
    rows: rows.map((i) => {
      const row: Record<string, string | number | null> = { name: i.name };
      for (const r of i.byRegion ?? []) row[r.region] = r.value === null ? '—' : `${num(r.value)}${i.unit}`;
      return row;
    }),
  };
}
