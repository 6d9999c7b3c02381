// `npx zhiliang trace lot LOT_ID [--json]`, `trace import FILE`, `disposal sync`: the same
// services as the API, for scripts and for a first look at a lot without the web UI.
import type { Command } from 'commander';
import { formatTrace } from '../modules/trace/trace-text.ts';
import { readInputFile } from './plan-commands.ts';
import { CLI_CTX, withRuntime } from './run.ts';

export function registerTraceCommands(program: Command): void {
  const trace = program.command('trace').description('产品追溯');

  trace
    .command('lot')
    .description('追溯一个批次(批号、追溯码或 urn 标识):来源与去向')
    .argument('<lot>', '批次标识')
    .option('--direction <d>', 'both | forward | backward', 'both')
    .option('--json', '输出 JSON')
    .action(async (lotId: string, opts: { json?: boolean; direction: string }) => {
      const direction = opts.direction === 'forward' || opts.direction === 'backward' ? opts.direction : 'both';
      await withRuntime(async ({ services }) => {
        const g = await services.trace.graph(lotId, direction);
        process.stdout.write(opts.json ? `${JSON.stringify(g, null, 2)}\n` : `${formatTrace(g)}\n`);
      });
    });

  trace
    .command('import')
    .description('导入追溯事件表(.xlsx,一行一个事件;有错误时整个文件不导入)')
    .argument('<file>', '.xlsx 文件')
    .action(async (file: string) => {
      const input = readInputFile(file);
      await withRuntime(async ({ services }) => {
        const r = await services.trace.importWorkbook(input.bytes, input.name, CLI_CTX);
        process.stdout.write(`已导入 ${r.captured} 个事件(共 ${r.rows} 行,已存在而跳过 ${r.duplicates} 个)\n`);
      });
    });

  program
    .command('disposal')
    .description('核查处置')
    .command('sync')
    .description('为尚未开立案件的不合格食品抽检记录开立核查处置案件')
    .action(async () => {
      await withRuntime(async ({ services }) => {
        const r = await services.disposal.sync(CLI_CTX);
        process.stdout.write(`新开立案件 ${r.opened} 件\n`);
      });
    });
}
