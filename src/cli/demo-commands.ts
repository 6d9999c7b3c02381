import type { Command } from 'commander';
import { DEFAULT_DEMO_SEED, DEFAULT_DEMO_YEAR } from '../core/demo/generate-demo-year.ts';
import { AppError } from '../core/errors/app-error.ts';
import { CLI_CTX, withRuntime } from './run.ts';

function parseNumber(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new AppError('VALIDATION_FAILED', `${name} 应为数字:${value}`);
  return n;
}

export function registerDemoCommands(program: Command): void {
  program
    .command('demo')
    .description('生成或删除演示数据(一年的抽检、监测与上报数据,全部标记为演示)')
    .option('--year <year>', '年份', String(DEFAULT_DEMO_YEAR))
    .option('--seed <seed>', '随机种子(同一种子生成相同数据)', DEFAULT_DEMO_SEED)
    .option('--scale <scale>', '数据量比例 (0,1],1 为一个州一年的真实规模', '1')
    .option('--remove', '删除全部演示数据')
    .option('--json', '输出 JSON')
    .action(async (opts: { year: string; seed: string; scale: string; remove?: boolean; json?: boolean }) => {
      await withRuntime(async ({ services }) => {
        if (opts.remove) {
          const r = await services.demo.remove(CLI_CTX);
          if (opts.json) {
            process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
            return;
          }
          const total = Object.values(r.removed).reduce((a, b) => a + b, 0);
          process.stdout.write(`已删除演示数据 ${total} 行\n`);
          for (const [table, n] of Object.entries(r.removed)) if (n > 0) process.stdout.write(`  ${table}: ${n}\n`);
          return;
        }
        const r = await services.demo.generate(
          { year: parseNumber('--year', opts.year), seed: opts.seed, scale: parseNumber('--scale', opts.scale) },
          CLI_CTX,
        );
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
          return;
        }
        const total = Object.values(r.counts).reduce((a, b) => a + b, 0);
        process.stdout.write(`已生成 ${r.year} 年演示数据 ${total} 行,用时 ${(r.ms / 1000).toFixed(1)} 秒\n`);
        for (const [table, n] of Object.entries(r.counts)) process.stdout.write(`  ${table}: ${n}\n`);
      });
    });
}
