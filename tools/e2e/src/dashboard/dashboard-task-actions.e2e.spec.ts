import { Browser, Page } from 'playwright-core';
import { waitFor } from '@asynctask/testing/local-servers';
import { launchChromium } from './support/chromium';
import { createDemoTasks } from './support/demo-tasks';
import { DashboardStandalone, startDashboardStandalone } from './support/dashboard-standalone';
import { NARROW, openPage, screenshot } from './support/pages';

describe('retrying and cancelling tasks in the dashboard', () => {
  let standalone: DashboardStandalone;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [standalone, browser] = await Promise.all([startDashboardStandalone(), launchChromium()]);
    await createDemoTasks(standalone.api);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await standalone?.stop();
  });
  afterEach(() => page?.context().close());

  const failedChargeIds = async () => (await standalone.api.tasks.list({ status: 'FAILED', taskType: 'charge-card' })).items.map((task) => task.taskId);
  const timelineStep = (text: string | RegExp) => page.getByRole('region', { name: 'History' }).getByRole('listitem').filter({ hasText: text });

  it('finds a FAILED task through the list filter, shows its error and history, and Retry starts a new attempt', async () => {
    const [taskId] = await failedChargeIds();
    page = await openPage(browser, `${standalone.origin}/dashboard/tasks`);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('FAILED');
    await page.getByRole('textbox', { name: 'Task type' }).fill('charge-card');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/\/dashboard\/tasks\?status=FAILED&taskType=charge-card$/);
    await page.getByRole('link', { name: taskId, exact: true }).click();

    await page.getByRole('heading', { name: `Task ${taskId}` }).waitFor();
    expect(await page.getByRole('region', { name: 'Error' }).textContent()).toMatch(/card declined|insufficient funds/);
    await timelineStep(/^FAILED/).waitFor();
    expect(await page.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
    await screenshot(page, 'task-failed');

    await page.getByRole('button', { name: 'Retry', exact: true }).click();
    await timelineStep('retried by hand from FAILED').waitFor();
    // The worker takes it again: a second attempt, which fails like the first.
    await timelineStep('attempt 2 failed').waitFor();
    await page.getByRole('button', { name: 'Retry', exact: true }).waitFor();
    expect(await timelineStep(/^FAILED/).count()).toBe(2);
  });

  it('cancels a running task after a confirm, and the page shows it CANCELLED', async () => {
    const running = await standalone.api.tasks.create({ taskType: 'nightly-report', payload: { ms: 600_000 } });
    await waitFor('running', async () => ((await standalone.api.tasks.get(running.taskId)).status === 'RUNNING' ? true : undefined));
    page = await openPage(browser, `${standalone.origin}/dashboard/tasks/${running.taskId}`);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Cancel task ${running.taskId}?` });
    await dialog.getByRole('button', { name: 'Go back' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await standalone.api.tasks.get(running.taskId)).status).toBe('RUNNING');

    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.getByRole('button', { name: 'Cancel task' }).click();
    await timelineStep('cancelled while RUNNING').waitFor();
    await page.getByRole('button', { name: 'Retry', exact: true }).waitFor();
    expect((await standalone.api.tasks.get(running.taskId)).status).toBe('CANCELLED');
  });

  it('retries the selected tasks of the list, one request each, and says what changed and what was refused', async () => {
    const failed = await failedChargeIds();
    const succeeded = (await standalone.api.tasks.list({ status: 'SUCCESS', limit: 1 })).items[0].taskId;
    page = await openPage(browser, `${standalone.origin}/dashboard/tasks`);
    for (const taskId of [...failed, succeeded]) await page.getByRole('checkbox', { name: `Select task ${taskId}` }).check();
    await page.getByRole('group', { name: 'Selected tasks' }).getByText(`${failed.length + 1} selected`).waitFor();
    await page.getByRole('button', { name: 'Retry selected' }).click();
    await page.getByRole('status').filter({ hasText: `${failed.length} retried, 1 not retryable` }).waitFor();
    // The list refreshes to show them FAILED again after their second attempt.
    for (const taskId of failed) await page.getByRole('row', { name: new RegExp(taskId) }).getByText('FAILED', { exact: true }).waitFor();
    await screenshot(page, 'tasks-retried');
    for (const taskId of failed) expect((await standalone.api.tasks.logs(taskId)).map((log) => log.message)).toContain('retried by hand from FAILED');
    expect((await standalone.api.tasks.get(succeeded)).status).toBe('SUCCESS');
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);
  });

  it('cancels the selected tasks after a confirm', async () => {
    const waiting = await standalone.api.tasks.createBatch([1, 2].map(() => ({ taskType: 'send-welcome-email', delaySeconds: 3600 })));
    page = await openPage(browser, `${standalone.origin}/dashboard/tasks?status=PENDING`);
    for (const task of waiting) await page.getByRole('checkbox', { name: `Select task ${task.taskId}` }).check();
    await page.getByRole('button', { name: 'Cancel selected' }).click();
    await page.getByRole('dialog', { name: 'Cancel 2 tasks?' }).getByRole('button', { name: 'Cancel tasks' }).click();
    await page.getByRole('status').filter({ hasText: '2 cancelled' }).waitFor();
    for (const task of waiting) expect((await standalone.api.tasks.get(task.taskId)).status).toBe('CANCELLED');
  });

  it('fits a 390 px wide phone: the task list with its selection, and a task', async () => {
    const { taskId } = (await standalone.api.tasks.list({ status: 'TIMEOUT' })).items[0];
    page = await openPage(browser, `${standalone.origin}/dashboard/tasks`, NARROW);
    await page.getByRole('checkbox', { name: `Select task ${taskId}` }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width);
    await screenshot(page, 'tasks-390');
    await page.goto(`${standalone.origin}/dashboard/tasks/${taskId}`);
    await page.getByRole('heading', { name: `Task ${taskId}` }).waitFor();
    await page.getByRole('region', { name: 'History' }).getByRole('listitem').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width);
    await screenshot(page, 'task-390');
  });
});
