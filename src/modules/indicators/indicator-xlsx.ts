// The drill-down as an Excel workbook: one sheet of records (what was counted and why) and one
// sheet saying which indicator, region and period they are, and the counts.
import ExcelJS from 'exceljs';
import { RESULT_LABELS } from '../../core/indicators/record-results.ts';
import type { DrillColumn, DrillRow } from './indicator-records.ts';

/** More rows than a person reads in Excel; exceljs also holds the workbook in memory. */
export const MAX_EXPORT_ROWS = 100_000;

export interface ExportInput {
  name: string;
  code: string;
  regionName: string;
  periodLabel: string;
  counts: { passed: number; failed: number; excluded: number };
  total: number;
  columns: DrillColumn[];
  rows: (DrillRow & { regionName: string | null })[];
  generatedAt: string;
}

export async function recordsWorkbook(x: ExportInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'zhiliang';
  const sheet = wb.addWorksheet('明细');
  sheet.columns = [
    { header: '序号', key: 'seq', width: 8 },
    { header: '记录ID', key: 'id', width: 10 },
    { header: '日期', key: 'date', width: 12 },
    { header: '地区', key: 'region', width: 16 },
    { header: '计入情况', key: 'result', width: 18 },
    { header: '原因', key: 'reason', width: 48 },
    ...x.columns.map((c) => ({ header: c.label, key: `f_${c.key}`, width: Math.max(12, c.label.length * 2 + 2) })),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  x.rows.forEach((r, i) => {
    const row: Record<string, unknown> = {
      seq: i + 1,
      id: r.id,
      date: r.date,
      region: r.regionName ?? (r.region === null ? '未能归属地区' : r.region),
      result: RESULT_LABELS[r.result],
      reason: r.reason,
    };
    for (const c of x.columns) row[`f_${c.key}`] = r.fields[c.key] ?? null;
    sheet.addRow(row);
  });

  const about = wb.addWorksheet('说明');
  about.columns = [
    { header: '项目', key: 'k', width: 16 },
    { header: '内容', key: 'v', width: 60 },
  ];
  about.getRow(1).font = { bold: true };
  const lines: [string, string | number][] = [
    ['指标', `${x.name}(${x.code})`],
    ['地区', x.regionName],
    ['期间', x.periodLabel],
    ['计入且合格/达标', x.counts.passed],
    ['计入但不合格/未达标', x.counts.failed],
    ['不计入', x.counts.excluded],
    ['导出记录数', x.rows.length],
    ['生成时间', x.generatedAt],
  ];
  if (x.rows.length < x.total)
    lines.push([
      '注意',
      `共 ${x.total} 条, 超过 ${MAX_EXPORT_ROWS} 条, 仅导出前 ${x.rows.length} 条; 请按月份或地区分别导出`,
    ]);
  for (const [k, v] of lines) about.addRow({ k, v });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
