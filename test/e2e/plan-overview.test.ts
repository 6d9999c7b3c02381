// Logs in through the real UI in Chromium and checks that the plan overview shows the 15 key
// tasks with their lead units.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/server/bootstrap.ts';
import { browserAvailable, launchBrowser, loginAt } from '../support/browser.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const run = browserAvailable();

describe.runIf(run)('browser: login and plan overview', () => {
  let t: TestApp;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp('sqlite', {}, join(PROJECT_ROOT, 'web', 'dist'));
    await t.addUser('office1', 'office');
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    ({ browser, close: closeBrowser } = await launchBrowser());
  });
  afterAll(async () => {
    await closeBrowser?.();
    await t?.close();
  });

  it('logs in and shows the 15 key tasks with their lead units', async () => {
    const page = await loginAt(browser, base, '/plan', 'office1');
    const table = page.getByTestId('task-table');
    await table.waitFor();
    const leads = table.getByTestId('task-lead');
    await expect.poll(() => leads.count()).toBe(15);
    const texts = await leads.allInnerTexts();
    expect(texts[0]).toContain('州文旅局');
    expect(texts.filter((x) => x.includes('州市场监管局'))).toHaveLength(6);
    await page.screenshot({ path: join(PROJECT_ROOT, '.test-results', 'plan-overview.png'), fullPage: true });
    await page.close();
  });
});
