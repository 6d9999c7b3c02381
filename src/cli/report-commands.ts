// `zhiliang report quarterly --year 2023 --quarter 2 -o out.docx` and
// `zhiliang report annual --year 2023 -o out.docx`: the same reports as the 报告 page. The
// output's extension picks the format: .docx (GB/T 9704 layout) or .xlsx (every table).
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../core/errors/app-error.ts';
import { beijingTime } from '../modules/reports/report-text.ts';
import type { GeneratedReport, ReportFormat } from '../modules/reports/reports-service.ts';
import { CLI_CTX, withRuntime } from './run.ts';

function formatOf(path: string): ReportFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx' || ext === '.xlsx') return ext.slice(1) as ReportFormat;
  throw new AppError('FILE_TYPE_UNSUPPORTED', `输出文件须以 .docx 或 .xlsx 结尾: ${path}`);
}

function intOption(v: string, what: string, min: number, max: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new AppError('REPORT_PERIOD_INVALID', `${what}「${v}」不正确`);
  return n;
}

function write(path: string, r: GeneratedReport): void {
  writeFileSync(path, r.bytes);
  process.stdout.write(`已生成 ${path}(指标数据计算于 ${beijingTime(r.computedAt)} 北京时间)\n`);
}

export function registerReportCommands(program: Command): void {
  const report = program.command('report').description('生成季度进展报告、年度考核报告(.docx)及其表格(.xlsx)');

  report
    .command('quarterly')
    .description('季度进展报告')
    .requiredOption('--year <year>', '年度')
    .requiredOption('--quarter <q>', '季度 1—4')
    .requiredOption('-o, --output <file>', '输出文件(.docx 或 .xlsx)')
    .action(async (opts: { year: string; quarter: string; output: string }) => {
      const format = formatOf(opts.output);
      const year = intOption(opts.year, '年度', 2000, 2100);
      const quarter = intOption(opts.quarter, '季度', 1, 4);
      await withRuntime(async ({ services }) =>
        write(opts.output, await services.reports.quarterly({ year, quarter }, format, CLI_CTX)),
      );
    });

  report
    .command('annual')
    .description('年度考核报告(默认取该年度已发布的考核; 无则取最近一次评分)')
    .requiredOption('--year <year>', '年度')
    .option('--round <id>', '指定考核编号')
    .requiredOption('-o, --output <file>', '输出文件(.docx 或 .xlsx)')
    .action(async (opts: { year: string; round?: string; output: string }) => {
      const format = formatOf(opts.output);
      const year = intOption(opts.year, '年度', 2000, 2100);
      const roundId = opts.round === undefined ? undefined : intOption(opts.round, '考核编号', 1, 2 ** 31);
      await withRuntime(async ({ services }) =>
        write(
          opts.output,
          await services.reports.annual({ year, ...(roundId !== undefined ? { roundId } : {}) }, format, CLI_CTX),
        ),
      );
    });
}
