// `npx zhiliang progress …`: the same services as the 逾期一览 page.
import type { Command } from 'commander';
import { AppError } from '../core/errors/app-error.ts';
import { formatOverdue } from '../modules/progress/overdue-text.ts';
import { CLI_CTX, withRuntime } from './run.ts';

export function registerProgressCommands(program: Command): void {
  const progress = program.command('progress').description('进展督办');

  progress
    .command('overdue')
    .description('按单位列出逾期未报的进展报告')
    .option('--plan <id>', '方案 id(默认当前方案)')
    .option('--json', '输出 JSON')
    .action(async (opts: { plan?: string; json?: boolean }) => {
      const planId = opts.plan === undefined ? undefined : Number(opts.plan);
      if (planId !== undefined && (!Number.isInteger(planId) || planId <= 0)) {
        throw new AppError('VALIDATION_FAILED', `方案 id「${opts.plan}」不是正整数`);
      }
      await withRuntime(async ({ services }) => {
        const board = await services.progress.obligations.overdue({ planId }, CLI_CTX);
        process.stdout.write(opts.json ? `${JSON.stringify(board, null, 2)}\n` : `${formatOverdue(board)}\n`);
      });
    });
}
