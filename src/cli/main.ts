// `npx zhiliang …`: every command calls the same services as the HTTP API.
import { Command } from 'commander';
import { registerAssessCommands } from './assess-commands.ts';
import { registerDemoCommands } from './demo-commands.ts';
import { registerDrawCommands } from './draw-commands.ts';
import { registerEnterpriseCommands } from './enterprise-commands.ts';
import { registerImportCommands } from './import-commands.ts';
import { registerIndicatorCommands } from './indicator-commands.ts';
import { registerPlanCommands } from './plan-commands.ts';
import { registerProgressCommands } from './progress-commands.ts';
import { registerReportCommands } from './report-commands.ts';
import { runCli } from './run.ts';
import { registerTraceCommands } from './trace-commands.ts';
import { registerUserCommands } from './user-commands.ts';

const program = new Command()
  .name('zhiliang')
  .description('质量提升行动管理平台 命令行')
  .version('0.1.0')
  .showHelpAfterError();

registerPlanCommands(program);
registerProgressCommands(program);
registerUserCommands(program);
registerImportCommands(program);
registerDemoCommands(program);
registerIndicatorCommands(program);
registerTraceCommands(program);
registerEnterpriseCommands(program);
registerDrawCommands(program);
registerAssessCommands(program);
registerReportCommands(program);

await runCli(program, process.argv);
