import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { repoPath } from '../support/repo-path';
import { launchChromium } from './support/chromium';
import { DashboardStandalone, startDashboardStandalone } from './support/dashboard-standalone';
import { openPage } from './support/pages';

const FIRST_LOAD_JS_BUDGET = 300 * 1024;

/** The scripts index.html loads before anything else runs: its module entry and modulepreload chunks. */
function scriptsOfIndexHtml(): string[] {
  const html = readFileSync(repoPath('dist/apps/dashboard/index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((match) => match[1]);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((match) => match[1]);
  return [...entries, ...preloads];
}

/** Counts the requests `page` sends during `ms`, once it has settled. */
async function requestsDuring(page: Page, ms: number): Promise<string[]> {
  const sent: string[] = [];
  const record = (request: { url(): string }) => sent.push(request.url());
  page.on('request', record);
  await page.waitForTimeout(ms);
  page.off('request', record);
  return sent;
}

describe('the dashboard stays light', () => {
  let standalone: DashboardStandalone;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [standalone, browser] = await Promise.all([startDashboardStandalone(), launchChromium()]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await standalone?.stop();
  });
  afterEach(() => page?.context().close());

  it('transfers at most 300 KB of gzipped JavaScript on first load, all of it named by index.html', async () => {
    // The budget is in gzip: a browser that offers Brotli too gets a little less.
    const context = await browser.newContext({ extraHTTPHeaders: { 'accept-encoding': 'gzip, deflate' } });
    page = await context.newPage();
    const scripts: Promise<{ path: string; bytes: number; encoding?: string }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.push(response.request().sizes().then(({ responseBodySize }) => ({ path: new URL(response.url()).pathname, bytes: responseBodySize, encoding: response.headers()['content-encoding'] })));
    });
    await page.goto(`${standalone.origin}/dashboard`);
    await page.getByRole('list', { name: 'Tasks by status' }).waitFor();
    const loaded = await Promise.all(scripts);

    expect(loaded.map((script) => script.path).sort()).toEqual(scriptsOfIndexHtml().sort());
    for (const script of loaded) expect(script).toMatchObject({ encoding: 'gzip' });
    const total = loaded.reduce((sum, script) => sum + script.bytes, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(FIRST_LOAD_JS_BUDGET);
  });

  it.each([
    ['workers', '/dashboard/workers', 1],
    ['overview', '/dashboard', 2],
  ])('an idle %s view asks the server at most once a second, and does refresh', async (_view, path, queries) => {
    page = await openPage(browser, `${standalone.origin}${path}`);
    await page.getByText(/^Updated /).waitFor();
    const sent = await requestsDuring(page, 6_000);
    expect(sent.length).toBeLessThanOrEqual(6);
    // One request per live query every 5 s: the view is not frozen either.
    expect(sent.length).toBeGreaterThanOrEqual(queries);
    for (const url of sent) expect(new URL(url).pathname).toMatch(/^\/api\/v1\//);
  });
});
