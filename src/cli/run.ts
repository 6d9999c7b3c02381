// Runs a commander program and turns errors into a Chinese message and a non-zero exit,
// never a stack trace for input problems.
import type { Command } from 'commander';
import { loadConfig } from '../config/config.ts';
import { isAppError } from '../core/errors/app-error.ts';
import type { Ctx } from '../modules/shared/context.ts';
import { firstStart, openRuntime, type Runtime } from '../server/bootstrap.ts';

export const CLI_CTX: Ctx = {
  actor: { id: 0, name: '命令行', role: 'admin', unitId: null, regionCode: null },
  ip: null,
};

/** Opens the configured database (migrated and set up as on first start) for one command. */
export async function withRuntime<T>(fn: (rt: Runtime) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env);
  const rt = await openRuntime(config);
  try {
    const first = await firstStart(rt.services);
    if (first.admin) {
      process.stderr.write(
        `已创建系统管理员 ${first.admin.username},初始密码: ${first.admin.password}(仅显示这一次)\n`,
      );
    }
    return await fn(rt);
  } finally {
    await rt.close();
  }
}

export async function runCli(program: Command, argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (isAppError(e)) {
      process.stderr.write(`错误 [${e.code}]: ${e.message}\n`);
      for (const d of e.details) {
        const where = [d.file, d.row !== undefined ? `第 ${d.row} 行` : '', d.column ? `列「${d.column}」` : '']
          .filter(Boolean)
          .join(' ');
        process.stderr.write(`  ${where ? `${where}: ` : ''}${d.message}\n`);
      }
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`错误: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
