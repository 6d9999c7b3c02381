// Debian's Chromium driven by playwright-core; never a downloaded browser. Without it the
// browser tests skip locally and fail under CI=true. playwright gives each launch a fresh
// temporary profile of its own.
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { TEST_PASSWORD } from './test-app.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true 但未找到 Chromium: ${CHROMIUM}`);
  return false;
}

export async function launchBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return { browser, close: () => browser.close() };
}

/**
 * A browser context of its own (its own session cookie) that opens `path`, is sent to the login
 * page, signs in as `username` and lands back on `path`.
 */
export async function loginAt(
  browser: Browser,
  base: string,
  path: string,
  username: string,
  viewport: { width: number; height: number } = { width: 1440, height: 900 },
): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${base}${path}`);
  await page.waitForURL(/\/login/);
  await page.getByPlaceholder('用户名').fill(username);
  await page.getByPlaceholder('密码').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => url.pathname === path);
  return page;
}
