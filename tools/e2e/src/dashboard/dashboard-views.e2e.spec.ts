import { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { createDemoTasks, SETTLED_COUNTS } from './support/demo-tasks';
import { DashboardStandalone, startDashboardStandalone, WORKER_CAPACITY, WORKER_ID } from './support/dashboard-standalone';
import { NARROW, openPage, screenshot } from './support/pages';

describe('the dashboard, served by the built standalone', () => {
  let standalone: DashboardStandalone;
  let browser: Browser;
  let finishedTaskId: string;
  let page: Page;

  beforeAll(async () => {
    [standalone, browser] = await Promise.all([startDashboardStandalone(), launchChromium()]);
    finishedTaskId = await createDemoTasks(standalone.api);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await standalone?.stop();
  });
  afterEach(() => page?.context().close());

  it('lists the workers: the standalone worker ONLINE, with its load and capacity', async () => {
    page = await openPage(browser, `${standalone.origin}/dashboard/workers`);
    await page.getByRole('heading', { name: 'Workers', level: 1 }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(WORKER_ID) });
    await row.getByRole('cell', { name: 'ONLINE', exact: true }).waitFor();
    // The running nightly report holds one slot.
    await row.getByRole('cell', { name: `1 / ${WORKER_CAPACITY}` }).waitFor();
    expect(await row.getByRole('list', { name: `Executor types of ${WORKER_ID}` }).textContent()).toContain('sleep');
    await screenshot(page, 'workers');
  });

  it('shows on the overview the counts that GET /api/v1/stats gives', async () => {
    const stats = await standalone.api.stats.get();
    expect(stats.tasks).toEqual(SETTLED_COUNTS);
    page = await openPage(browser, `${standalone.origin}/dashboard`);
    const tiles = page.getByRole('list', { name: 'Tasks by status' });
    for (const [status, count] of Object.entries(stats.tasks)) await tiles.getByRole('link', { name: `${status} ${count}`, exact: true }).waitFor();
    await page.getByRole('img', { name: 'Queue depths since this page was opened' }).waitFor();
    await screenshot(page, 'overview');
  });

  it('opens the task list filtered by the status in its address, from an overview tile', async () => {
    page = await openPage(browser, `${standalone.origin}/dashboard`);
    await page.getByRole('link', { name: `FAILED ${SETTLED_COUNTS.FAILED}`, exact: true }).click();
    await page.waitForURL(/\/dashboard\/tasks\?status=FAILED$/);
    const rows = page.getByRole('row', { name: /charge-card/ });
    await rows.first().waitFor();
    expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('FAILED');
    expect(await page.getByRole('row').count()).toBe(1 + SETTLED_COUNTS.FAILED);
    await screenshot(page, 'tasks');
  });

  it('opens a task from a deep link: its fields, payload, result and history', async () => {
    page = await openPage(browser, `${standalone.origin}/dashboard/tasks/${finishedTaskId}`);
    await page.getByRole('heading', { name: `Task ${finishedTaskId}` }).waitFor();
    expect(await page.getByRole('region', { name: 'Payload' }).textContent()).toContain('"to": "ada@example.com"');
    expect(await page.getByRole('region', { name: 'Result' }).textContent()).toContain('"template": "welcome"');
    await page.getByRole('listitem').filter({ hasText: 'SUCCEEDED' }).waitFor();
    await screenshot(page, 'task');
  });

  it('lists the task types', async () => {
    page = await openPage(browser, `${standalone.origin}/dashboard/task-types`);
    const row = page.getByRole('row', { name: /charge-card/ });
    await row.getByRole('cell', { name: 'fail', exact: true }).waitFor();
    expect(await page.getByRole('row').count()).toBe(1 + 4);
    await screenshot(page, 'task-types');
  });

  it('fits a 390 px wide phone: the navigation and every worker field stay on screen', async () => {
    page = await openPage(browser, `${standalone.origin}/dashboard/workers`, NARROW);
    const row = page.getByRole('row', { name: new RegExp(WORKER_ID) });
    // Each cell now shows its column's name before its value.
    await row.getByRole('cell', { name: 'Status ONLINE', exact: true }).waitFor();
    for (const name of ['Overview', 'Tasks', 'Task types', 'Workers']) await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).waitFor();
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(NARROW.width);
    await screenshot(page, 'workers-390');
    await page.goto(`${standalone.origin}/dashboard`);
    await page.getByRole('list', { name: 'Tasks by status' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width);
    await screenshot(page, 'overview-390');
  });
});
