import { mkdirSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { repoPath } from '../../support/repo-path';

export const WIDE = { width: 1280, height: 800 };
export const NARROW = { width: 390, height: 844 };

/** A fresh page (its own context: no cookies or sessionStorage from another test) at a viewport size. */
export async function openPage(browser: Browser, url: string, viewport = WIDE): Promise<Page> {
  const context = await browser.newContext({ viewport });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/**
 * Where screenshots go: dist/screenshots on every test run, to look at; docs/img (where the README
 * shows them) only when `npm run docs:screenshots` asks, so a test run leaves the checkout clean.
 */
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'dist/screenshots';

/** Writes the whole page to <SCREENSHOT_DIR>/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(repoPath(SCREENSHOT_DIR), { recursive: true });
  await page.screenshot({ path: repoPath(SCREENSHOT_DIR, `${name}.png`), fullPage: true, animations: 'disabled' });
}
