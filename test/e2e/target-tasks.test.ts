// A target in 未达标 leads to the tasks behind it, in Chromium. With demo data the 主要目标
// 主要农产品质量安全监测合格率 is below 98 %; the plan states it in 主要目标, outside any task, and
// no one has linked it by hand. The office opens 相关任务 from the board and the indicator page and
// sees the task its words point to (着力提升农产品质量水平), its lead unit and report status.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CTX } from '../../src/modules/shared/context.ts';
import { PROJECT_ROOT } from '../../src/server/bootstrap.ts';
import { browserAvailable, launchBrowser, loginAt } from '../support/browser.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const run = browserAvailable();
const NOW = new Date('2023-12-20T02:00:00Z');
const INDICATOR = '主要农产品质量安全监测合格率';
const TASK = '着力提升农产品质量水平';
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });
const SHOTS = join(PROJECT_ROOT, '.test-results', 'screenshots');

describe.runIf(run)('browser: a target short of its goal shows the tasks behind it', () => {
  let t: TestApp;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp('sqlite', {}, join(PROJECT_ROOT, 'web', 'dist'), { now: NOW });
    await t.services.demo.generate({ year: 2023, scale: 0.02 }, SYSTEM_CTX);
    await t.addUser('office1', 'office');
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    ({ browser, close: closeBrowser } = await launchBrowser());
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await closeBrowser?.();
    await t?.close();
  });

  it('from the board: 相关任务 lists the task its words point to, with its units', { timeout: 90_000 }, async () => {
    const page = await loginAt(browser, base, '/indicators', 'office1');
    const row = page.getByRole('row').filter({ hasText: INDICATOR });
    await poll(() => row.getByText('未达标').count()).toBeGreaterThan(0);
    await row.getByTestId('target-tasks-link').click();
    const task = page.getByTestId('target-task').filter({ hasText: TASK });
    await task.waitFor();
    expect(await task.getByText('按名称关联').count()).toBe(1);
    // The lead unit of the task (州农业农村局) with its role; every unit has a report status.
    await poll(() => task.getByText('牵头').count()).toBeGreaterThan(0);
    expect(await task.getByText('临夏州农业农村局').count()).toBeGreaterThan(0);
    expect(await page.getByText('该目标尚未关联任何任务').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'target-tasks-drawer.png') });
  });

  it('on the indicator page: the 相关重点任务 card says why it matters', { timeout: 90_000 }, async () => {
    const page = await loginAt(browser, base, '/indicators/agri_pass_rate', 'office1');
    const card = page.getByTestId('related-tasks');
    await card.waitFor();
    await poll(() => card.getByText('该目标处于未达标状态').count()).toBe(1);
    await card.getByTestId('target-task').filter({ hasText: TASK }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'indicator-related-tasks.png'), fullPage: true });
  });
});
