// `npx zhiliang draw verify DRAW_ID [--json]`: re-runs a draw from its revealed seed and frozen
// pools and compares everything with what was published. Exit 0 when verified, 1 when not
// (printing what differs); a draw that does not exist is an error (exit 2).
import type { Command } from 'commander';
import type { Services } from '../modules/services.ts';
import { withRuntime } from './run.ts';

export async function verifyDrawCommand(
  services: Services,
  drawId: number,
  json: boolean,
): Promise<{ exitCode: number; output: string }> {
  const v = await services.draws.verify(drawId);
  const exitCode = v.verified ? 0 : 1;
  if (json) return { exitCode, output: `${JSON.stringify(v, null, 2)}\n` };
  const lines = [
    `抽取 #${drawId}: ${v.verified ? (v.complete ? '核验通过' : '哈希核验通过(种子尚未揭示,结果待抽取后核验)') : '核验不通过'}`,
  ];
  for (const c of v.checks) lines.push(`  ${c.ok ? '✓' : '✗'} ${c.label}: ${c.message}`);
  for (const c of v.checks.filter((x) => !x.ok && x.expected !== undefined)) {
    lines.push(`    ${c.label} 应为 ${c.expected}`, `    ${c.label} 实为 ${c.actual}`);
  }
  if (v.differences.length > 0) {
    lines.push('  不一致之处:');
    for (const d of v.differences) lines.push(`    - ${d}`);
  }
  return { exitCode, output: `${lines.join('\n')}\n` };
}

export function registerDrawCommands(program: Command): void {
  const draw = program.command('draw').description('双随机抽取');
  draw
    .command('verify')
    .description('由公布的种子和冻结名录重新抽取,核验结果、名录与计划是否被改动(通过时退出码 0,否则 1)')
    .argument('<drawId>', '抽取编号')
    .option('--json', '输出 JSON')
    .action(async (drawId: string, opts: { json?: boolean }) => {
      await withRuntime(async ({ services }) => {
        const id = Number.parseInt(drawId, 10);
        const { exitCode, output } = await verifyDrawCommand(
          services,
          Number.isFinite(id) ? id : 0,
          opts.json === true,
        );
        process.stdout.write(output);
        process.exitCode = exitCode;
      });
    });
}
