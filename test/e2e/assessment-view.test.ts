// The assessment in Chromium: with demo data at a small scale, the 州质量办 scores a county
// assessment, a second office user reviews it (the scorer's own 复核 button is disabled: 四眼原则)
// and the scorer publishes it; the ranking of the eight counties shows, and a row expands to the
// explanation of its points. Then, without any login, the public page shows the result.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/modules/shared/context.ts';
import { SYSTEM_CTX } from '../../src/modules/shared/context.ts';
import { PROJECT_ROOT } from '../../src/server/bootstrap.ts';
import { browserAvailable, launchBrowser, loginAt } from '../support/browser.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const run = browserAvailable();
const COUNTIES = [
  '临夏市',
  '临夏县',
  '康乐县',
  '永靖县',
  '广河县',
  '和政县',
  '东乡族自治县',
  '积石山保安族东乡族撒拉族自治县',
];

describe.runIf(run)('browser: assessment scoring, ranking and publication', () => {
  let t: TestApp;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let base: string;
  let roundId: number;
  let title: string;

  beforeAll(async () => {
    t = await createTestApp('sqlite', {}, join(PROJECT_ROOT, 'web', 'dist'));
    await t.services.demo.generate({ year: 2023, scale: 0.02 }, SYSTEM_CTX);
    const officeId = await t.addUser('office1', 'office');
    await t.addUser('office2', 'office');
    const ctx: Ctx = {
      actor: { id: officeId, name: 'office1', role: 'office', unitId: null, regionCode: null },
      ip: null,
    };
    const [county] = await t.services.assessment.ruleSets.loadDefaults(ctx);
    const round = await t.services.assessment.rounds.create({ year: 2023, ruleSetId: county?.id as number }, ctx);
    roundId = round.id;
    title = round.title;
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    ({ browser, close: closeBrowser } = await launchBrowser());
  });
  afterAll(async () => {
    await closeBrowser?.();
    await t?.close();
  });

  /** A browser context of its own (its own session cookie), logged in and on the round's page. */
  async function openRound(username: string): Promise<Page> {
    const page = await loginAt(browser, base, '/assessment', username);
    await page.getByRole('link', { name: title }).click();
    await page.waitForURL(new RegExp(`/assessment/rounds/${roundId}$`));
    return page;
  }

  it('one office user scores, another reviews, the scorer publishes; the ranking of the eight counties explains every point', async () => {
    const page = await openRound('office1');
    const status = page.getByTestId('round-status');
    await expect.poll(() => status.textContent()).toBe('自评中');
    await page.getByTestId('score-button').click();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('已评分');
    // The scorer cannot review: the button is there but disabled, and its tooltip says why.
    const ownReview = page.getByTestId('review-button');
    await expect.poll(() => ownReview.isDisabled()).toBe(true);
    await ownReview.hover({ force: true });
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('复核须由评分人以外的人员进行');

    const reviewer = await openRound('office2');
    const reviewerStatus = reviewer.getByTestId('round-status');
    await expect.poll(() => reviewerStatus.textContent()).toBe('已评分');
    const review = reviewer.getByTestId('review-button');
    await expect.poll(() => review.isEnabled()).toBe(true);
    await review.click();
    await expect.poll(() => reviewerStatus.textContent()).toBe('已复核');
    await reviewer.context().close();

    // Either office user may publish; here the scorer does, once the page shows the review.
    await page.reload();
    await expect.poll(() => status.textContent()).toBe('已复核');
    await page.getByTestId('publish-button').click();
    await expect.poll(() => status.textContent()).toBe('已发布');

    const table = page.getByTestId('ranking-table');
    const names = table.getByTestId('ranking-name');
    await expect.poll(() => names.count()).toBe(8);
    expect((await names.allInnerTexts()).sort()).toEqual([...COUNTIES].sort());
    // Expand the first county: every rule with its points and basis, linked to the indicator drill-down.
    await names.first().click();
    const explanation = table.getByTestId('score-explanation').first();
    await explanation.waitFor();
    const items = explanation.getByTestId('score-item');
    await expect.poll(() => items.count()).toBeGreaterThan(10);
    const text = await explanation.textContent();
    expect(text).toContain('食品安全抽检合格率');
    expect(text).toContain('进展报告按时报送');
    expect(await explanation.getByRole('link', { name: '指标明细' }).first().getAttribute('href')).toMatch(
      /^\/indicators\/food_pass_rate\?region=6229\d\d&period=2023$/,
    );
    await page.screenshot({ path: join(PROJECT_ROOT, '.test-results', 'assessment-round.png'), fullPage: true });
    await page.context().close();
  });

  it('the public page shows the published result without a login', async () => {
    const context = await browser.newContext(); // no cookies: a member of the public
    const page = await context.newPage();
    await page.goto(`${base}/public/assessment`);
    await page.getByRole('link', { name: title }).click();
    await page.waitForURL(new RegExp(`/public/assessment/${roundId}$`));
    const names = page.getByTestId('ranking-name');
    await expect.poll(() => names.count()).toBe(8);
    await names.first().click();
    const explanation = page.getByTestId('score-explanation').first();
    await explanation.waitFor();
    expect(await explanation.textContent()).toContain('食品安全抽检合格率');
    // Public: no links into the platform, and never sent to the login page.
    expect(await explanation.getByRole('link').count()).toBe(0);
    expect(page.url()).not.toContain('/login');
    await page.screenshot({ path: join(PROJECT_ROOT, '.test-results', 'assessment-public.png'), fullPage: true });
    await context.close();
  });
});
