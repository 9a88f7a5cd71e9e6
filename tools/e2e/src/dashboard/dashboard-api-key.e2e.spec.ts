import { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { DashboardStandalone, startDashboardStandalone, WORKER_ID } from './support/dashboard-standalone';
import { openPage, screenshot } from './support/pages';

const API_KEY = 'dashboard-test-key';
const READ_ONLY_KEY = 'viewer';

describe('the dashboard on a server with API keys', () => {
  let standalone: DashboardStandalone;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [standalone, browser] = await Promise.all([startDashboardStandalone({ API_KEYS: `other-key,${API_KEY},${READ_ONLY_KEY}:read` }), launchChromium()]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await standalone?.stop();
  });
  afterEach(() => page?.context().close());

  async function signIn(apiKey: string): Promise<void> {
    await page.getByLabel('API key', { exact: true }).fill(apiKey);
    await page.getByRole('button', { name: 'Continue' }).click();
  }

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

  it('shows a read-only key no action that would change something, and the server refuses a forced one with 403', async () => {
    await standalone.api.taskTypes.put('charge-card', { executorType: 'fail', defaultMaxRetry: 0 });
    const failed = await standalone.api.tasks.create({ taskType: 'charge-card', payload: { message: 'card declined' } });
    await standalone.api.tasks.wait(failed.taskId, { timeoutMs: 10_000, intervalMs: 50 });

    page = await openPage(browser, `${standalone.origin}/dashboard/tasks/${failed.taskId}`);
    await signIn(READ_ONLY_KEY);
    await page.getByRole('region', { name: 'Error' }).getByText('card declined').waitFor();
    await page.getByText('read-only', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    await screenshot(page, 'read-only');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tasks', exact: true }).click();
    await page.getByRole('link', { name: failed.taskId }).waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /selected/ }).count()).toBe(0);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Task types', exact: true }).click();
    await page.getByRole('row', { name: /charge-card/ }).waitFor();
    expect(await page.getByRole('link', { name: 'New task type' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Edit / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Disable|Enable|Delete) / }).count()).toBe(0);

    const forced = await page.evaluate(async (taskId) => {
      const response = await fetch(`/api/v1/tasks/${taskId}/retry`, { method: 'POST', headers: { 'x-api-key': sessionStorage.getItem('asynctask.apiKey') ?? '' } });
      return { status: response.status, body: await response.json() };
    }, failed.taskId);
    expect(forced).toEqual({ status: 403, body: expect.objectContaining({ message: expect.stringContaining('read-only') }) });
    expect((await standalone.api.tasks.get(failed.taskId)).status).toBe('FAILED');

    // The same page with a key that may write offers Retry, and no badge.
    const writer = await openPage(browser, `${standalone.origin}/dashboard/tasks/${failed.taskId}`);
    await writer.getByLabel('API key', { exact: true }).fill(API_KEY);
    await writer.getByRole('button', { name: 'Continue' }).click();
    await writer.getByRole('button', { name: 'Retry', exact: true }).waitFor();
    expect(await writer.getByText('read-only', { exact: true }).count()).toBe(0);
    await writer.context().close();
  });
});
