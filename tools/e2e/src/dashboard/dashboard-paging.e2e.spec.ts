import { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { DashboardStandalone, startDashboardStandalone } from './support/dashboard-standalone';
import { openPage } from './support/pages';

const TASKS = 100_000;
const BATCH = 1_000;
const PAGE_SIZE = 50;
const LAST_PAGE = 50;

/**
 * 100,000 tasks in the standalone, paged in the browser. They wait an hour (delaySeconds), so
 * they stay PENDING in the delayed set: no worker runs them while the pages are timed, the list
 * holds still, and creating them costs only the inserts.
 */
describe('the task list with 100,000 tasks', () => {
  let standalone: DashboardStandalone;
  let browser: Browser;
  let page: Page;
  let newestFirst: string[];
  let other: string;

  beforeAll(async () => {
    [standalone, browser] = await Promise.all([startDashboardStandalone(), launchChromium()]);
    await standalone.api.taskTypes.put('bulk', { executorType: 'noop' });
    const ids: string[] = [];
    for (let created = 0; created < TASKS; created += BATCH) {
      const batch = await standalone.api.tasks.createBatch(Array.from({ length: BATCH }, (_, i) => ({ taskType: 'bulk', delaySeconds: 3600, payload: { n: created + i } })));
      ids.push(...batch.map((task) => task.taskId));
    }
    newestFirst = ids.sort().reverse();
    // The newest task is of another type, so the unfiltered list starts elsewhere than the filtered one.
    await standalone.api.taskTypes.put('other', { executorType: 'noop' });
    other = (await standalone.api.tasks.create({ taskType: 'other', delaySeconds: 3600 })).taskId;
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await standalone?.stop();
  });

  const firstTaskShown = () => page.evaluate(() => document.querySelector('table tbody tr th a')?.textContent ?? null);

  /** Milliseconds from `act` until the table's first row is `taskId`. */
  async function timeUntilShown(taskId: string, act: () => Promise<void>): Promise<number> {
    const started = Date.now();
    await act();
    await page.waitForFunction((expected) => document.querySelector('table tbody tr th a')?.textContent === expected, taskId, { polling: 'raf' });
    return Date.now() - started;
  }

  it('shows page 50 (following Next) about as fast as page 1', async () => {
    expect((await standalone.api.stats.get()).tasks.PENDING).toBe(TASKS + 1);
    page = await openPage(browser, `${standalone.origin}/dashboard/tasks`);
    await page.getByRole('link', { name: other }).waitFor();

    // Page 1: a filter applied, one request and one render, as each Next is.
    await page.getByRole('textbox', { name: 'Task type' }).fill('bulk');
    const firstPageMs = await timeUntilShown(newestFirst[0], () => page.getByRole('button', { name: 'Apply filters' }).click());
    for (let shown = 2; shown < LAST_PAGE; shown++) {
      await timeUntilShown(newestFirst[(shown - 1) * PAGE_SIZE], () => page.getByRole('button', { name: 'Next page' }).click());
    }
    const lastPageMs = await timeUntilShown(newestFirst[(LAST_PAGE - 1) * PAGE_SIZE], () => page.getByRole('button', { name: 'Next page' }).click());
    expect(await firstTaskShown()).toBe(newestFirst[(LAST_PAGE - 1) * PAGE_SIZE]);
    expect(await page.getByRole('row').count()).toBe(1 + PAGE_SIZE);

    // The same two pages asked of the API directly.
    const apiMs = async (cursor?: string) => {
      const started = performance.now();
      await standalone.api.tasks.list({ taskType: 'bulk', limit: PAGE_SIZE, cursor });
      return Math.round(performance.now() - started);
    };
    const [apiFirstMs, apiLastMs] = [await apiMs(), await apiMs(newestFirst[(LAST_PAGE - 1) * PAGE_SIZE - 1])];
    console.log(`100,000 tasks: page 1 shown in ${firstPageMs} ms, page ${LAST_PAGE} in ${lastPageMs} ms; the API answers them in ${apiFirstMs} and ${apiLastMs} ms`);
    expect(lastPageMs).toBeLessThanOrEqual(3 * firstPageMs + 100);
  }, 120_000);
});
