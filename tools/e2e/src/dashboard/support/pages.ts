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

/** Writes the whole page to docs/img/<name>.png, where the README shows it. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(repoPath('docs/img'), { recursive: true });
  await page.screenshot({ path: repoPath('docs/img', `${name}.png`), fullPage: true, animations: 'disabled' });
}
