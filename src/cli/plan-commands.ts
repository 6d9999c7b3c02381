import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../core/errors/app-error.ts';
import { parsePlan } from '../core/plan/parse-plan.ts';
import type { ParsedPlan } from '../core/plan/types.ts';
import { readPlanText } from '../modules/plan-file/read-plan-file.ts';
import { CLI_CTX, withRuntime } from './run.ts';

const MAX_BYTES = 20 * 1024 * 1024;

export function readInputFile(path: string): { name: string; bytes: Buffer } {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError('NOT_FOUND', `找不到文件「${path}」`);
  }
  if (size > MAX_BYTES) throw new AppError('FILE_TOO_LARGE', `文件「${basename(path)}」超过 20 MB`);
  return { name: basename(path), bytes: readFileSync(path) };
}

const COMPARATOR_TEXT: Record<string, string> = {
  '>=': '≥',
  '<=': '≤',
  '=': '=',
  increase: '增加',
  decrease: '下降',
};

export function formatPlanSummary(p: ParsedPlan): string {
  const out: string[] = [`${p.title}(${p.year ?? '年份未知'})`, ''];
  out.push(`章节 ${p.sections.length} 个`);
  for (const s of p.sections) out.push(`${'  '.repeat(s.level - 1)}${s.number} ${s.title}`);
  out.push('', `重点任务 ${p.tasks.length} 项`);
  p.tasks.forEach((t, i) => {
    out.push(`${String(i + 1).padStart(2)}. [${t.section}] ${t.title}`);
    out.push(`    牵头: ${t.lead.join('、') || '(未注明)'}`);
    out.push(`    责任: ${t.responsible.join('、') || '(未注明)'}`);
  });
  out.push('', `量化目标 ${p.targets.length} 项`);
  for (const g of p.targets) {
    out.push(`  - ${g.indicator} ${COMPARATOR_TEXT[g.comparator] ?? g.comparator} ${g.value}${g.unit}  「${g.text}」`);
  }
  out.push('', `单位 ${p.units.length} 个: ${p.units.map((u) => u.name).join('、')}`);
  if (p.warnings.length > 0) {
    out.push('', `提示 ${p.warnings.length} 条`);
    for (const w of p.warnings) out.push(`  ! ${w.message}`);
  }
  return out.join('\n');
}

export function registerPlanCommands(program: Command): void {
  const plan = program.command('plan').description('行动方案');

  plan
    .command('parse')
    .description('解析方案文件(.docx/.txt),输出章节、重点任务、单位与量化目标')
    .argument('<file>', '方案文件')
    .option('--json', '输出 JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const text = await readPlanText(readInputFile(file));
      const parsed = parsePlan(text);
      process.stdout.write(opts.json ? `${JSON.stringify(parsed, null, 2)}\n` : `${formatPlanSummary(parsed)}\n`);
    });

  plan
    .command('import')
    .description('导入方案为新版本(不覆盖已有版本)')
    .argument('<file>', '方案文件')
    .option('--json', '输出 JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const input = readInputFile(file);
      await withRuntime(async ({ services }) => {
        const r = await services.plans.importFile(input, CLI_CTX);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
          return;
        }
        process.stdout.write(`已导入「${r.plan.title}」第 ${r.plan.version} 版\n`);
        if (r.unmatchedUnits.length > 0) {
          process.stdout.write(
            `以下单位名称未匹配到登记单位,请在「方案总览」中确认:${r.unmatchedUnits.map((u) => u.name).join('、')}\n`,
          );
        }
        for (const w of r.warnings) process.stdout.write(`提示: ${w.message}\n`);
      });
    });

  plan
    .command('list')
    .description('列出方案版本')
    .action(async () => {
      await withRuntime(async ({ services }) => {
        for (const h of await services.plans.list()) {
          process.stdout.write(
            `第 ${h.version} 版  ${h.title}  ${h.importedAt}  任务 ${h.taskCount}  目标 ${h.targetCount}\n`,
          );
        }
      });
    });
}
