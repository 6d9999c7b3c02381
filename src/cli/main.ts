// `npx zhiliang …`: every command calls the same services as the HTTP API.
import { Command } from 'commander';
import { registerPlanCommands } from './plan-commands.ts';
import { runCli } from './run.ts';
import { registerUserCommands } from './user-commands.ts';

const program = new Command()
  .name('zhiliang')
  .description('质量提升行动管理平台 命令行')
  .version('0.1.0')
  .showHelpAfterError();

registerPlanCommands(program);
registerUserCommands(program);

await runCli(program, process.argv);
