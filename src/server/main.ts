// `npm start`: migrate, first-start setup, listen.
import { join } from 'node:path';
import { loadConfig } from '../config/config.ts';
import { loadDemoOnFirstStart } from '../modules/demo/load-demo-on-first-start.ts';
import { buildApp } from './app.ts';
import { firstStart, openRuntime, PROJECT_ROOT, sessionKey } from './bootstrap.ts';

const started = performance.now();
const config = loadConfig(process.env);
const runtime = await openRuntime(config);
const first = await firstStart(runtime.services);
// Only the server loads demo data on a fresh database, so a newcomer sees a living dashboard;
// the CLI and the tests start from an empty record store. The demo year is the plan's year.
const latestPlan = (await runtime.services.plans.list())[0];
const demo = await loadDemoOnFirstStart(runtime.services, latestPlan?.year ?? undefined);
const app = await buildApp({
  config,
  services: runtime.services,
  sessionKey: sessionKey(config),
  webRoot: join(PROJECT_ROOT, 'web', 'dist'),
});

const shutdown = async (signal: string) => {
  app.log.info(`${signal}: shutting down`);
  await app.close();
  await runtime.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
const ms = Math.round(performance.now() - started);
const lines = [
  `zhiliang 已启动: http://localhost:${config.port}  (数据库: ${runtime.handle.engine} ${runtime.handle.location}, 启动用时 ${ms} ms)`,
];
if (first.planImported)
  lines.push(`已导入内置方案: 第 ${first.planImported.version} 版, ${first.planImported.tasks} 项重点任务`);
if (demo) lines.push('已生成演示数据(页面顶部会显示「演示数据」提示;删除: npx zhiliang demo --remove)');
if (first.admin) {
  lines.push(
    '',
    '================ 首次启动: 已创建系统管理员 ================',
    `  用户名: ${first.admin.username}`,
    `  初始密码: ${first.admin.password}`,
    '  (仅显示这一次;首次登录后须修改密码)',
    '=========================================================',
  );
}
process.stdout.write(`${lines.join('\n')}\n`);
