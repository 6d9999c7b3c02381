// `zhiliang import KIND FILE` and `zhiliang template KIND`: the same service calls as the HTTP
// API. Progress goes to stderr (a bar on a terminal), per-row problems are printed as
// 文件 第N行 列「X」: message, and a file with errors exits with code 2 having stored nothing.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { AppError } from '../core/errors/app-error.ts';
import { isKindId, KIND_IDS, type KindId } from '../core/records/kind-spec.ts';
import { KINDS } from '../core/records/kinds/index.ts';
import type { Problem } from '../core/records/problem.ts';
import type { ImportReport } from '../modules/records/import-report.ts';
import { buildTemplate, templateFileName } from '../modules/records/template-workbook.ts';
import { CLI_CTX, withRuntime } from './run.ts';

const MAX_BYTES = 500 * 1024 * 1024;

function kindArg(kind: string): KindId {
  if (!isKindId(kind)) {
    throw new AppError('VALIDATION_FAILED', `未知的数据类型「${kind}」,可选:${KIND_IDS.join('、')}`);
  }
  return kind;
}

function readFile(path: string): { name: string; bytes: Buffer } {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError('NOT_FOUND', `找不到文件「${path}」`);
  }
  if (size > MAX_BYTES) throw new AppError('FILE_TOO_LARGE', `文件「${basename(path)}」超过 500 MB`);
  return { name: basename(path), bytes: readFileSync(path) };
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.row !== undefined ? `第${p.row}行` : '', p.column ? `列「${p.column}」` : '']
    .filter(Boolean)
    .join(' ');
  return `${where}: ${p.message}`;
}

export function formatReport(r: ImportReport): string {
  const out: string[] = [];
  if (r.errors.length > 0) {
    out.push(`「${r.file}」有 ${r.errorCount} 个问题,未导入任何数据:`);
    for (const p of r.errors) out.push(`  ${formatProblem(p)}`);
  } else if (r.dryRun) {
    out.push(`校验通过(未入库):${r.rows} 行,将新增 ${r.inserted} 条、更新 ${r.updated} 条`);
  } else {
    out.push(`已导入「${r.file}」:${r.rows} 行,新增 ${r.inserted} 条、更新 ${r.updated} 条(导入编号 ${r.importId})`);
  }
  if (r.warningCount > 0) {
    out.push(`提示 ${r.warningCount} 条:`);
    for (const p of r.warnings) out.push(`  ${formatProblem(p)}`);
  }
  return out.join('\n');
}

function progressBar(): { update(processed: number, total?: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: '{phase} |{bar}| {value}{ofTotal} 行', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(processed, total) {
      const payload =
        total === undefined ? { phase: '读取校验', ofTotal: '' } : { phase: '写入数据', ofTotal: ` / ${total}` };
      if (!started) {
        bar.start(total ?? 0, processed, payload);
        started = true;
        return;
      }
      if (total !== undefined) bar.setTotal(total);
      else bar.setTotal(Math.max(processed, 1));
      bar.update(processed, payload);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

export function registerImportCommands(program: Command): void {
  program
    .command('import')
    .description(`导入数据文件(.xlsx/.csv)。数据类型:${KIND_IDS.map((k) => `${k}(${KINDS[k].name})`).join('、')}`)
    .argument('<kind>', '数据类型,如 food、air-hourly、water')
    .argument('<file>', '数据文件(.xlsx 或 .csv)')
    .option('--dry-run', '只校验,不入库')
    .option('--year <year>', '方案年度:日期不在该年内的行报错')
    .option('--date <date>', '无日期的行使用的日期(如公布表的公告日期,YYYY-MM-DD)')
    .option('--json', '输出 JSON')
    .action(
      async (kind: string, file: string, opts: { dryRun?: boolean; year?: string; date?: string; json?: boolean }) => {
        const k = kindArg(kind);
        const year = opts.year === undefined ? null : Number(opts.year);
        if (year !== null && (!Number.isInteger(year) || year < 2000 || year > 2100)) {
          throw new AppError('VALIDATION_FAILED', `年度「${opts.year}」无效`);
        }
        if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) {
          throw new AppError('VALIDATION_FAILED', `日期「${opts.date}」应为 YYYY-MM-DD`);
        }
        const input = readFile(file);
        await withRuntime(async ({ services }) => {
          const bar = progressBar();
          let report: ImportReport;
          try {
            report = await services.records.importFile(
              {
                kind: k,
                fileName: input.name,
                bytes: input.bytes,
                dryRun: opts.dryRun === true,
                year,
                date: opts.date ?? null,
                onProgress: (processed, total) => bar.update(processed, total),
              },
              CLI_CTX,
            );
          } finally {
            bar.stop();
          }
          if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
          else (report.errors.length > 0 ? process.stderr : process.stdout).write(`${formatReport(report)}\n`);
          if (report.errors.length > 0) process.exitCode = 2;
        });
      },
    );

  program
    .command('template')
    .description('生成数据导入模板(.xlsx):表头及「填写说明」工作表')
    .argument('<kind>', `数据类型:${KIND_IDS.join('、')}`)
    .option('-o, --output <file>', '输出文件,默认为「名称-导入模板.xlsx」')
    .action(async (kind: string, opts: { output?: string }) => {
      const spec = KINDS[kindArg(kind)];
      const out = opts.output ?? templateFileName(spec);
      writeFileSync(out, await buildTemplate(spec));
      process.stdout.write(`已生成模板 ${out}\n`);
    });
}
