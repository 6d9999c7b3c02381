// The progress workflow through the real UI in Chromium, with the server's clock fixed at
// 3 July 2023 (10:00 in 临夏): a county user sees its Q1 reports red (overdue), reports progress
// on 农产品质量 with an evidence file and submits; the 州质量办 returns it with a reason; the
// county sees the reason, revises and resubmits; the 州质量办 accepts it.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/server/bootstrap.ts';
import { browserAvailable, launchBrowser, loginAt } from '../support/browser.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const run = browserAvailable();
const NOW = new Date('2023-07-03T02:00:00Z');
const TASK = '着力提升农产品质量水平';
// expect.poll gives up after 1 s by default; pages load slower while other suites run.
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(128, 7)]);

describe.runIf(run)('browser: progress reporting, return and acceptance', () => {
  let t: TestApp;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let base: string;

  const q1Row = (page: Page) =>
    page.getByTestId('obligations').getByRole('row').filter({ hasText: TASK }).filter({ hasText: '2023年第一季度' });

  async function openFromReviewQueue(page: Page) {
    await page.goto(`${base}/progress/review`);
    const row = page.getByTestId('review-queue').getByRole('row').filter({ hasText: TASK });
    await row.getByRole('button', { name: /审\s*核/ }).click();
    await page.waitForURL(/\/progress\/reports\/\d+/);
  }

  beforeAll(async () => {
    t = await createTestApp('sqlite', {}, join(PROJECT_ROOT, 'web', 'dist'), { now: NOW });
    await t.addUser('county1', 'county', { regionCode: '622923' });
    await t.addUser('office1', 'office');
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    ({ browser, close: closeBrowser } = await launchBrowser());
  });
  afterAll(async () => {
    await closeBrowser?.();
    await t?.close();
  });

  // Two browser contexts and a dozen page loads: more than the default 30 s on a busy machine.
  it('reports, returns with a reason, revises, resubmits and accepts through the UI', {
    timeout: 120_000,
  }, async () => {
    // County: what it owes, with Q1 overdue (red) and Q2 due within five days (yellow).
    const county = await loginAt(browser, base, '/progress/my', 'county1');
    const row = q1Row(county);
    await row.waitFor();
    await poll(() => row.getByTestId('deadline-tag').getAttribute('data-colour')).toBe('red');
    expect(await row.getByTestId('deadline-tag').textContent()).toContain('逾期 89 天');
    const colours = await county
      .getByTestId('deadline-tag')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-colour')));
    expect(colours).toContain('red');
    expect(colours).toContain('yellow');
    await county.screenshot({ path: join(PROJECT_ROOT, '.test-results', 'progress-my.png'), fullPage: true });

    // Report with a figure against the 高标准农田 target and an evidence file, then submit.
    await row.getByRole('button', { name: /填\s*报/ }).click();
    await county.waitForURL(/\/progress\/reports\/\d+/);
    await county.getByTestId('report-text').fill('已完成高标准农田建设 20 万亩。');
    await county
      .getByTestId('target-values')
      .getByRole('row')
      .filter({ hasText: '建设高标准农田' })
      .getByRole('spinbutton')
      .fill('20');
    await county.getByTestId('report-save').click();
    await poll(() => county.getByText('草稿已保存').count()).toBeGreaterThan(0);
    await county
      .locator('input[type=file]')
      .setInputFiles({ name: '验收照片.png', mimeType: 'image/png', buffer: PNG });
    await county.getByTestId('evidence-link').filter({ hasText: '验收照片.png' }).waitFor();
    await county.getByTestId('report-submit').click();
    await poll(() => county.getByTestId('report-status').first().getAttribute('data-status')).toBe('submitted');

    // Office: return it with a reason.
    const office = await loginAt(browser, base, '/progress/review', 'office1');
    await openFromReviewQueue(office);
    expect(await office.getByTestId('report-body').textContent()).toContain('20 万亩');
    await office.getByTestId('evidence-link').filter({ hasText: '验收照片.png' }).waitFor();
    await office.getByTestId('review-return').click();
    await office.getByTestId('review-comment').fill('请补充农田验收材料');
    await office.getByRole('button', { name: '确认退回' }).click();
    await poll(() => office.getByTestId('report-status').first().getAttribute('data-status')).toBe('returned');

    // County: sees the reason in the list and on the report, revises and resubmits.
    await county.goto(`${base}/progress/my`);
    await poll(() => q1Row(county).textContent()).toContain('退回原因:请补充农田验收材料');
    await q1Row(county)
      .getByRole('button', { name: /修\s*改/ })
      .click();
    await county.waitForURL(/\/progress\/reports\/\d+/);
    expect(await county.getByTestId('return-reason').textContent()).toContain('请补充农田验收材料');
    await county.getByTestId('report-revise').click();
    await county.getByTestId('report-text').fill('已完成高标准农田建设 22 万亩,验收材料已补充。');
    await county.getByTestId('report-submit').click();
    await poll(() => county.getByTestId('report-status').first().getAttribute('data-status')).toBe('submitted');
    // Both versions are kept: the returned one with its reason.
    const history = county.getByTestId('report-history');
    await poll(() => history.textContent()).toContain('第 2 版');
    expect(await history.textContent()).toContain('第 1 版');
    expect(await history.textContent()).toContain('退回原因:请补充农田验收材料');

    // Office: accept the revised report.
    await openFromReviewQueue(office);
    expect(await office.getByTestId('report-body').textContent()).toContain('22 万亩');
    await office.getByTestId('review-accept').click();
    await office.getByRole('button', { name: '确认通过' }).click();
    await poll(() => office.getByTestId('report-status').first().getAttribute('data-status')).toBe('accepted');
    await office.screenshot({ path: join(PROJECT_ROOT, '.test-results', 'progress-accepted.png'), fullPage: true });

    // The overdue board still shows the county's other Q1 reports in red.
    await office.goto(`${base}/progress/overdue`);
    await office.getByTestId('overdue-units').getByText('永靖县人民政府').click();
    const overdueTags = office.getByTestId('overdue-units').getByTestId('deadline-tag');
    await poll(() => overdueTags.count()).toBeGreaterThan(0);
    expect(await overdueTags.first().getAttribute('data-colour')).toBe('red');

    const audit = (await t.services.store.audit.list({ page: 1, pageSize: 100, entity: 'progress_report' })).items;
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'progress.report_created',
        'progress.evidence_added',
        'progress.report_returned',
        'progress.report_revised',
        'progress.report_accepted',
      ]),
    );
  });
});
