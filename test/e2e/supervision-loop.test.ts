// The supervision loop on screen, with demo data: a failed food sample's disposal case lists every
// outlet the batch reached; its producer's page shows the class the failure earned; a draw frozen
// next holds the producer with that class and the share drawn for it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CTX } from '../../src/modules/shared/context.ts';
import { PROJECT_ROOT } from '../../src/server/bootstrap.ts';
import { browserAvailable, launchBrowser, loginAt } from '../support/browser.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const run = browserAvailable();
const SHOTS = join(PROJECT_ROOT, '.test-results', 'screenshots');
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });
const CLASS_LABEL = { A: 'A 类', B: 'B 类', C: 'C 类', D: 'D 类' } as const;

describe.runIf(run)('browser: from a failed sample to its outlets, its producer’s class and the next draw', () => {
  let t: TestApp;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let base: string;
  let caseId: number;
  let producerId: number;

  beforeAll(async () => {
    t = await createTestApp('sqlite', {}, join(PROJECT_ROOT, 'web', 'dist'));
    await t.services.demo.generate({ year: 2023, scale: 0.05 }, SYSTEM_CTX);
    await t.addUser('office1', 'office');
    // A closed case of a failed sample whose batch reached two outlets or more, its producer in the registry.
    const closed = await t.services.disposal.list({ status: 'closed', page: 1, pageSize: 200 }, SYSTEM_CTX);
    for (const c of closed.items) {
      const d = await t.services.disposal.get(c.id, SYSTEM_CTX);
      if (d.origin === 'sample' && d.outlets.length >= 2 && d.producerEnterpriseId !== null) {
        caseId = d.id;
        producerId = d.producerEnterpriseId;
        break;
      }
    }
    expect(caseId).toBeDefined();
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    ({ browser, close: closeBrowser } = await launchBrowser());
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await closeBrowser?.();
    await t?.close();
  });

  it('follows the case to the outlets, the producer’s class, and into the next draw', {
    timeout: 120_000,
  }, async () => {
    const detail = await t.services.disposal.get(caseId, SYSTEM_CTX);
    const page = await loginAt(browser, base, `/disposal/${caseId}`, 'office1');
    // Every outlet the batch reached, with its quantity.
    const outlets = page.locator('.ant-card').filter({ hasText: '流向(向前追溯)' });
    await outlets.waitFor();
    for (const o of detail.outlets) await poll(() => outlets.getByText(o.name ?? o.party).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'loop-1-disposal-case.png'), fullPage: true });

    // The producer's credit record: the failed sample and the class it earned.
    await page.getByTestId('case-producer').click();
    await page.waitForURL(new RegExp(`/supervision/enterprises/${producerId}$`));
    const producer = await t.services.store.enterprises.findById(producerId);
    const cls = producer?.riskClass as keyof typeof CLASS_LABEL;
    expect(cls).not.toBe('A');
    await poll(() => page.getByTestId('risk-card').getByText(CLASS_LABEL[cls]).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'loop-2-producer.png'), fullPage: true });

    // The next draw: the office freezes the demo plan's pools; the producer is in it with its class.
    await page.goto(`${base}/supervision/draws?tab=plans`);
    await page.getByRole('button', { name: '冻结名录并公布哈希' }).first().click();
    await page.waitForURL(/\/supervision\/draws\/\d+$/, { timeout: 60_000 });
    await page.getByRole('button', { name: '揭示种子并抽取' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await poll(() => page.getByText(/抽中企业[(（]\d+[)）]/).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'loop-3-draw.png'), fullPage: true });

    await page.goto(`${base}/supervision/enterprises/${producerId}`);
    const history = page.getByTestId('draw-history');
    await poll(() => history.getByText(CLASS_LABEL[cls]).count()).toBe(1);
    // Drawn or not as the draw decided it (its assignments), not just some status text.
    const [entry] = await t.services.store.draws.historyOf(producerId);
    expect(entry?.drawn).not.toBeNull();
    const tag = history.locator('tr.ant-table-row').first().locator('.ant-tag').last();
    expect(await tag.textContent()).toBe(entry?.drawn ? '抽中' : '未抽中');
    await page.screenshot({ path: join(SHOTS, 'loop-4-producer-draw.png'), fullPage: true });
  });

  it('attaches a photo of the 下架 to an open case, listed under its action', { timeout: 90_000 }, async () => {
    const open = await t.services.disposal.list({ status: 'open', page: 1, pageSize: 1 }, SYSTEM_CTX);
    const openId = open.items[0]?.id as number;
    expect(openId).toBeDefined();
    const first = (await t.services.disposal.get(openId, SYSTEM_CTX)).actions[0];
    const page = await loginAt(browser, base, `/disposal/${openId}`, 'office1');
    const card = page.getByTestId('case-evidence');
    await card.waitFor();
    await card.getByTestId('case-evidence-target').click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: first?.kind ?? '' })
      .first()
      .click();
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 1)]);
    await card.locator('input[type=file]').setInputFiles({ name: '下架现场.png', mimeType: 'image/png', buffer: png });
    await poll(() => card.getByText(`${first?.kind} · 下架现场.png`).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'loop-5-case-evidence.png'), fullPage: true });
    const stored = (await t.services.disposal.get(openId, SYSTEM_CTX)).evidence;
    expect(stored).toMatchObject([{ actionId: first?.id, fileName: '下架现场.png', kind: 'png' }]);
  });
});
