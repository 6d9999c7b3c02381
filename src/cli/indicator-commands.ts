// `zhiliang indicators` (values of every target from the database) and the file commands
// `zhiliang air daily FILE` and `zhiliang water class FILE`, which compute straight from a file.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../core/errors/app-error.ts';
import type { RowProblem } from '../core/indicators/file-tables.ts';
import { airDailyFromFile, cityDayReport, waterClassFromFile } from '../modules/indicators/file-evaluation.ts';
import type { IndicatorItem } from '../modules/indicators/indicator-service.ts';
import { withRuntime } from './run.ts';

/** A year of hourly data for every station of a prefecture is tens of MB. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

function readDataFile(path: string): { name: string; bytes: Buffer } {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError('NOT_FOUND', `找不到文件「${path}」`);
  }
  if (size > MAX_FILE_BYTES) throw new AppError('FILE_TOO_LARGE', `文件「${basename(path)}」超过 200 MB`);
  return { name: basename(path), bytes: readFileSync(path) };
}

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] as number))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const COMPARATOR: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=', increase: '增加', decrease: '下降' };

const num = (v: number | null | undefined, d = 2) =>
  v === null || v === undefined ? '—' : String(Number(v.toFixed(d)));

export function formatIndicatorList(r: {
  regionName: string;
  periodInfo: { label: string };
  dataThrough: string | null;
  computedAt: string;
  plan: { version: number; title: string } | null;
  items: IndicatorItem[];
  unlinkedPlanTargets: { indicator: string; text: string }[];
}): string {
  const head = `${r.regionName} ${r.periodInfo.label}  数据截至 ${r.dataThrough ?? '—'}  计算于 ${r.computedAt}`;
  const plan = r.plan
    ? `目标来源: 「${r.plan.title}」第 ${r.plan.version} 版(未关联的按指标目录默认值)`
    : '目标来源: 指标目录默认值(该年度无行动方案)';
  const rows = r.items.map((i, n) => [
    String(n + 1),
    i.name.length > 22 ? `${i.name.slice(0, 21)}…` : i.name,
    `${COMPARATOR[i.target.comparator] ?? i.target.comparator}${num(i.target.value)}${i.target.unit}`,
    i.value === null ? '—' : `${num(i.value)}${i.unit}`,
    i.numerator !== null && i.denominator !== null ? `${num(i.numerator)}/${num(i.denominator)}` : '',
    i.status,
  ]);
  const out = [head, plan, '', table(['#', '指标', '目标', '当前值', '分子/分母', '状态'], rows), '', '说明:'];
  r.items.forEach((i, n) => {
    out.push(`${String(n + 1).padStart(2)}. ${i.statusReason}`);
  });
  if (r.unlinkedPlanTargets.length > 0) {
    out.push('', '方案中尚无指标计算的目标:');
    for (const t of r.unlinkedPlanTargets) out.push(`  - ${t.indicator}「${t.text}」`);
  }
  return out.join('\n');
}

function problemLines(problems: RowProblem[]): string[] {
  if (problems.length === 0) return [];
  const shown = problems
    .slice(0, 20)
    .map((p) => `  第 ${p.row} 行${p.column ? ` 列「${p.column}」` : ''}: ${p.message}`);
  if (problems.length > 20) shown.push(`  …另有 ${problems.length - 20} 条`);
  return ['', `提示 ${problems.length} 条:`, ...shown];
}

export function registerIndicatorCommands(program: Command): void {
  program
    .command('indicators')
    .description('计算全部指标在某地区、某期间的值与达标状态')
    .requiredOption('--year <year>', '年度, 如 2023')
    .option('--region <code>', '地区代码(默认全州)')
    .option('--period <period>', '期间: 2023、2023-05、2023-Q2 或 2023-YTD(默认全年)')
    .option('--json', '输出 JSON')
    .action(async (opts: { year: string; region?: string; period?: string; json?: boolean }) => {
      const year = Number(opts.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100)
        throw new AppError('PERIOD_INVALID', `年度「${opts.year}」不正确`);
      await withRuntime(async ({ services }) => {
        const r = await services.indicators.list({
          year,
          ...(opts.region ? { region: opts.region } : {}),
          ...(opts.period ? { period: opts.period } : {}),
        });
        process.stdout.write(opts.json ? `${JSON.stringify(r, null, 2)}\n` : `${formatIndicatorList(r)}\n`);
      });
    });

  program
    .command('air')
    .description('环境空气质量(直接读取文件计算, 不使用数据库)')
    .command('daily')
    .description('按 HJ 633 计算每个城市每日的 AQI(小时数据先按 GB 3095 表4 判定日均值有效性)')
    .argument('<file>', '.xlsx 或 .csv: 城市/站点, 时间或日期, SO2, NO2, PM10, CO, O3(或 O3_8h、O3_1h), PM2.5')
    .option(
      '--hour-label <end|start>',
      '小时数据的时间标注: end = 小时结束时刻(默认, 00:00 为前一日第 24 时), start = 小时开始时刻',
      'end',
    )
    .option('--json', '输出 JSON')
    .action(async (file: string, opts: { hourLabel: string; json?: boolean }) => {
      if (opts.hourLabel !== 'end' && opts.hourLabel !== 'start')
        throw new AppError('VALIDATION_FAILED', '--hour-label 只能是 end 或 start');
      const { name, bytes } = readDataFile(file);
      const r = await airDailyFromFile(bytes, name, { hourLabel: opts.hourLabel });
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify({ file: r.file, kind: r.kind, days: r.days.map(cityDayReport), problems: r.problems }, null, 2)}\n`,
        );
        return;
      }
      const rows = r.days.map((d) => [
        d.city,
        d.date,
        d.aqi === null ? 'NA' : String(d.aqi),
        d.category ?? '无效',
        d.primaryPollutants.join('、') || '—',
        ...(['SO2', 'NO2', 'PM10', 'CO', 'O3_8h', 'PM2.5'] as const).map((k) => {
          const c = d.concentrations[k];
          const i = d.iaqi[k];
          return c === null ? '—' : `${num(c, k === 'CO' ? 2 : 1)}(${i ?? '—'})`;
        }),
        d.standard,
        d.valid ? '有效' : `无效: 缺 ${d.missing.join('、')}`,
      ]);
      const out = [
        `${r.file}: ${r.kind === 'hourly' ? '小时数据' : '日数据'}, ${r.days.length} 个城市日; 浓度(分指数), μg/m³, CO mg/m³`,
        '',
        table(
          ['城市', '日期', 'AQI', '类别', '首要污染物', 'SO2', 'NO2', 'PM10', 'CO', 'O3_8h', 'PM2.5', '标准', '有效性'],
          rows,
        ),
        ...problemLines(r.problems),
      ];
      process.stdout.write(`${out.join('\n')}\n`);
    });

  program
    .command('water')
    .description('地表水环境质量(直接读取文件计算, 不使用数据库)')
    .command('class')
    .description('按 GB 3838-2002 单因子评价每个样品的类别, 并判断集中式饮用水水源地是否达标')
    .argument('<file>', '.xlsx 或 .csv: 断面/水源地名称, 类型, 采样日期, 每个 GB 3838 项目一列')
    .option('--json', '输出 JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const { name, bytes } = readDataFile(file);
      const r = await waterClassFromFile(bytes, name);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
        return;
      }
      const rows = r.samples.map((s) => [
        String(s.row),
        s.site,
        s.date ?? '—',
        s.class ?? (s.possibleClasses ? `${s.possibleClasses[0]}–${s.possibleClasses[1]}` : '—'),
        s.decidingItems.map((i) => `${i.name} ${i.value}`).join('、') || '—',
        s.mainPollutants.join('、') || '—',
        !s.drinkingWaterSource.applies
          ? '不适用'
          : s.drinkingWaterSource.meets === null
            ? '无法判定'
            : s.drinkingWaterSource.meets
              ? '达标'
              : '不达标',
      ]);
      const out = [
        `${r.file}: ${r.samples.length} 个样品 (GB 3838-2002 单因子评价; 水温、总氮、粪大肠菌群不参与定类)`,
        '',
        table(['行', '断面/水源地', '采样日期', '类别', '定类项目', '主要污染指标', '饮用水源达标'], rows),
        ...problemLines(r.problems),
      ];
      process.stdout.write(`${out.join('\n')}\n`);
    });
}
