import { Browser, Page } from 'playwright-core';
import { Cluster } from '../support/cluster';
import { launchChromium } from './support/chromium';
import { openPage } from './support/pages';

/** The dashboard as the distributed apps serve it: the built gateway's /dashboard, over Redis and MariaDB. */
describe('the dashboard served by the gateway of a cluster', () => {
  let cluster: Cluster;
  let browser: Browser;
  let page: Page;
  let succeededId: string;
  let failedId: string;

  beforeAll(async () => {
    [cluster, browser] = await Promise.all([Cluster.start({ schedulers: 1, workers: 1 }), launchChromium()]);
    await cluster.api.taskTypes.put('greet', { executorType: 'echo' });
    await cluster.api.taskTypes.put('charge-card', { executorType: 'fail', defaultMaxRetry: 0 });
    succeededId = (await cluster.api.tasks.create({ taskType: 'greet', payload: { to: 'ada' } })).taskId;
    failedId = (await cluster.api.tasks.create({ taskType: 'charge-card', payload: { message: 'card declined' } })).taskId;
    await cluster.api.tasks.wait(succeededId, { timeoutMs: 20_000 });
    await cluster.api.tasks.wait(failedId, { timeoutMs: 20_000 });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await cluster?.stop();
  });
  afterEach(() => page?.context().close());

  it('shows on the overview the counts of GET /api/v1/stats, the worker online and the leading scheduler', async () => {
    const stats = await cluster.api.stats.get();
    expect(stats.tasks).toMatchObject({ SUCCESS: 1, FAILED: 1 });
    page = await openPage(browser, `${cluster.origin}/dashboard`);
    const tiles = page.getByRole('list', { name: 'Tasks by status' });
    for (const [status, count] of Object.entries(stats.tasks)) await tiles.getByRole('link', { name: `${status} ${count}`, exact: true }).waitFor();
    expect(stats.leader).not.toBeNull();
    await page.getByText(stats.leader ?? '', { exact: true }).waitFor();
    await page.getByRole('link', { name: '1 of 1', exact: true }).waitFor();
  });

  it("opens a task's page with its history, and retries a FAILED one through the gateway", async () => {
    page = await openPage(browser, `${cluster.origin}/dashboard/tasks/${succeededId}`);
    const history = page.getByRole('region', { name: 'History' });
    await history.getByRole('listitem').filter({ hasText: /^SUCCEEDED/ }).waitFor();
    expect(await page.getByRole('region', { name: 'Result' }).textContent()).toContain('"to": "ada"');

    await page.goto(`${cluster.origin}/dashboard/tasks/${failedId}`);
    await page.getByRole('region', { name: 'Error' }).getByText('card declined').waitFor();
    await page.getByRole('button', { name: 'Retry', exact: true }).click();
    await history.getByRole('listitem').filter({ hasText: 'attempt 2 failed' }).waitFor({ timeout: 20_000 });
  });
});
