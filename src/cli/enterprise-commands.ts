// `npx zhiliang enterprise import FILE` and `npx zhiliang enterprise link`: the same services as
// the API, as the command-line actor.
import type { Command } from 'commander';
import type { LinkReport } from '../modules/enterprises/link-service.ts';
import { readInputFile } from './plan-commands.ts';
import { CLI_CTX, withRuntime } from './run.ts';

function linkLine(r: LinkReport): string {
  return `关联记录:检查 ${r.scanned} 条,自动关联 ${r.linked} 条,待人工确认 ${r.queued} 条,学到别名 ${r.aliasesAdded} 个,风险分类变化 ${r.classChanges.length} 家`;
}

export function registerEnterpriseCommands(program: Command): void {
  const enterprise = program.command('enterprise').description('企业档案');

  enterprise
    .command('import')
    .description('导入企业名录(.xlsx/.csv):全部成功或全部不导入,按统一社会信用代码幂等')
    .argument('<file>', '名录文件')
    .option('--dry-run', '只校验,不入库')
    .option('--json', '输出 JSON')
    .action(async (file: string, opts: { dryRun?: boolean; json?: boolean }) => {
      const input = readInputFile(file);
      await withRuntime(async ({ services }) => {
        const r = await services.enterprises.importFile(
          { fileName: input.name, bytes: input.bytes, dryRun: opts.dryRun === true },
          CLI_CTX,
        );
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
          return;
        }
        process.stdout.write(
          `${r.dryRun ? '校验通过(未入库)' : '已导入'}「${r.file}」:${r.rows} 行,${r.enterprises} 家企业;新增 ${r.inserted},更新 ${r.updated},未变 ${r.unchanged},新增别名 ${r.aliasesAdded}\n`,
        );
        for (const w of r.warnings) process.stdout.write(`提示: ${w.row ? `第 ${w.row} 行 ` : ''}${w.message}\n`);
        if (r.linking) process.stdout.write(`${linkLine(r.linking)}\n`);
      });
    });

  enterprise
    .command('link')
    .description('将尚未关联的抽检、抽查记录关联到企业(不确定的进入人工确认队列)')
    .option('--json', '输出 JSON')
    .action(async (opts: { json?: boolean }) => {
      await withRuntime(async ({ services }) => {
        const r = await services.links.run(CLI_CTX);
        process.stdout.write(opts.json ? `${JSON.stringify(r, null, 2)}\n` : `${linkLine(r)}\n`);
      });
    });
}
