import { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { DashboardStandalone, startDashboardStandalone, WORKER_ID } from './support/dashboard-standalone';
import { openPage, screenshot } from './support/pages';

const API_KEY = 'dashboard-test-key';

describe('the dashboard on a server with API keys', () => {
  let standalone: DashboardStandalone;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [standalone, browser] = await Promise.all([startDashboardStandalone({ API_KEYS: `other-key,${API_KEY}` }), launchChromium()]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await standalone?.stop();
  });
  afterEach(() => page?.context().close());

  const workerRow = () => page.getByRole('row', { name: new RegExp(WORKER_ID) });

  it('asks for a key, refuses a wrong one, then shows the view and keeps the key for the tab', async () => {
    page = await openPage(browser, `${standalone.origin}/dashboard/workers`);
    const field = page.getByLabel('API key', { exact: true });
    await field.waitFor();
    await screenshot(page, 'api-key');

    await field.fill('not-a-key');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').filter({ hasText: 'That key was not accepted' }).waitFor();

    await page.getByLabel('API key', { exact: true }).fill(API_KEY);
    await page.getByRole('button', { name: 'Continue' }).click();
    await workerRow().getByRole('cell', { name: 'ONLINE', exact: true }).waitFor();

    // Kept in sessionStorage only: a reload keeps it, another tab's session does not have it.
    await page.reload();
    await workerRow().waitFor();
    expect(await page.evaluate(() => [sessionStorage.length, localStorage.length, document.cookie])).toEqual([1, 0, '']);
    const otherTab = await openPage(browser, `${standalone.origin}/dashboard/workers`);
    await otherTab.getByLabel('API key', { exact: true }).waitFor();
    await otherTab.context().close();
  });

  it('forgets the key on request, and asks again', async () => {
    page = await openPage(browser, `${standalone.origin}/dashboard`);
    await page.getByLabel('API key', { exact: true }).fill(API_KEY);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('list', { name: 'Tasks by status' }).waitFor();
    await page.getByRole('button', { name: 'Forget API key' }).click();
    await page.getByLabel('API key', { exact: true }).waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });
});
