import type { Command } from 'commander';
import { AppError } from '../core/errors/app-error.ts';
import { CLI_CTX, withRuntime } from './run.ts';

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('用户(供服务器管理员在无法登录时使用)');
  user
    .command('reset-password')
    .description('为用户生成新的初始密码并解除锁定(首次登录须修改)')
    .argument('<username>')
    .action(async (username: string) => {
      await withRuntime(async ({ services }) => {
        const u = await services.store.users.findByUsername(username);
        if (!u) throw new AppError('NOT_FOUND', `用户「${username}」不存在`);
        const { initialPassword } = await services.users.resetPassword(u.id, CLI_CTX);
        process.stdout.write(`用户 ${username} 的新初始密码: ${initialPassword}\n`);
      });
    });
}
