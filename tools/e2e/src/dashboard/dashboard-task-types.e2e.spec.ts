import { Browser, Page } from 'playwright-core';
import { waitFor } from '@asynctask/testing/local-servers';
import { launchChromium } from './support/chromium';
import { createDemoTasks } from './support/demo-tasks';
import { DashboardStandalone, startDashboardStandalone } from './support/dashboard-standalone';
import { openPage, screenshot } from './support/pages';

describe('task types in the dashboard', () => {
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

  /** The message the API gave about a field, as the field's description carries it. */
  async function fieldError(label: string): Promise<string | null> {
    const field = page.getByLabel(label, { exact: true });
    await page.locator(`[aria-invalid="true"][id="${await field.getAttribute('id')}"]`).waitFor();
    const described = (await field.getAttribute('aria-describedby'))?.split(' ')[0];
    return page.locator(`[id="${described}"]`).textContent();
  }

  it('creates a task type through the form, showing the API’s errors at their fields first, and the type runs a task', async () => {
    page = await openPage(browser, `${standalone.origin}/dashboard/task-types`);
    await page.getByRole('link', { name: 'New task type' }).click();
    await page.getByLabel('Task type', { exact: true }).fill('greet');
    await page.getByLabel('Executor type', { exact: true }).fill('echo');
    await page.getByLabel('Retry delay (s)', { exact: true }).fill('-1');
    await page.getByLabel('Backoff rate', { exact: true }).fill('50');
    await page.getByRole('button', { name: 'Create task type' }).click();

    expect(await fieldError('Retry delay (s)')).toBe('retryDelay must not be less than 0');
    expect(await fieldError('Backoff rate')).toBe('backoffRate must not be greater than 10');
    expect(await page.getByLabel('Executor type', { exact: true }).getAttribute('aria-invalid')).toBe('false');
    await screenshot(page, 'task-type-form');

    await page.getByLabel('Retry delay (s)', { exact: true }).fill('0');
    await page.getByLabel('Backoff rate', { exact: true }).fill('2');
    await page.getByLabel('Description', { exact: true }).fill('Says hello back');
    await page.getByRole('button', { name: 'Create task type' }).click();
    await page.waitForURL(/\/dashboard\/task-types$/);
    await page.getByRole('row', { name: /greet/ }).getByRole('cell', { name: 'echo', exact: true }).waitFor();
    expect(await standalone.api.taskTypes.get('greet')).toMatchObject({ executorType: 'echo', retryDelay: 0, description: 'Says hello back', enabled: true });

    const task = await standalone.api.tasks.create({ taskType: 'greet', payload: { hello: 'world' } });
    expect(await standalone.api.tasks.wait(task.taskId, { timeoutMs: 10_000, intervalMs: 50 })).toMatchObject({ status: 'SUCCESS', result: { hello: 'world' } });
  });

  it('shows a name the API refuses, and an executor config that is not JSON, at their fields', async () => {
    page = await openPage(browser, `${standalone.origin}/dashboard/task-types/new`);
    await page.getByLabel('Task type', { exact: true }).fill('not/a/name');
    await page.getByLabel('Executor type', { exact: true }).fill('echo');
    await page.getByLabel('Executor config (JSON)', { exact: true }).fill('{"url": ');
    await page.getByRole('button', { name: 'Create task type' }).click();
    expect(await fieldError('Executor config (JSON)')).toMatch(/^executorConfig is not valid JSON/);
    await page.getByLabel('Executor config (JSON)', { exact: true }).fill('{}');
    await page.getByRole('button', { name: 'Create task type' }).click();
    expect(await fieldError('Task type')).toBe('taskType must be 1 to 64 letters, digits or _.:-');
    expect(await page.getByLabel('Executor config (JSON)', { exact: true }).getAttribute('aria-invalid')).toBe('false');
  });

  it('edits a task type, keeping what the form does not change', async () => {
    await standalone.api.taskTypes.put('edited', { executorType: 'noop', executorConfig: { keep: true }, defaultTimeout: 45 });
    page = await openPage(browser, `${standalone.origin}/dashboard/task-types`);
    await page.getByRole('link', { name: 'Edit edited' }).click();
    expect(await page.getByLabel('Timeout (s)', { exact: true }).inputValue()).toBe('45');
    await page.getByLabel('Max concurrent', { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/\/dashboard\/task-types$/);
    expect(await standalone.api.taskTypes.get('edited')).toMatchObject({ maxConcurrent: 3, defaultTimeout: 45, executorConfig: { keep: true } });
  });

  it('disables and enables a task type: a disabled one refuses new tasks', async () => {
    await standalone.api.taskTypes.put('toggled', { executorType: 'noop', defaultTimeout: 12 });
    page = await openPage(browser, `${standalone.origin}/dashboard/task-types`);
    await page.getByRole('button', { name: 'Disable toggled' }).click();
    await page.getByRole('button', { name: 'Enable toggled' }).waitFor();
    expect(await standalone.api.taskTypes.get('toggled')).toMatchObject({ enabled: false, defaultTimeout: 12 });
    await expect(standalone.api.tasks.create({ taskType: 'toggled' })).rejects.toMatchObject({ statusCode: 400 });
    await page.getByRole('button', { name: 'Enable toggled' }).click();
    await page.getByRole('button', { name: 'Disable toggled' }).waitFor();
    expect((await standalone.api.taskTypes.get('toggled')).enabled).toBe(true);
  });

  it('deletes a task type after a confirm, and says clearly why one with unfinished tasks stays', async () => {
    await standalone.api.taskTypes.put('short-lived', { executorType: 'noop' });
    page = await openPage(browser, `${standalone.origin}/dashboard/task-types`);
    // The nightly report is still running.
    await page.getByRole('button', { name: 'Delete nightly-report' }).click();
    const refusal = page.getByRole('dialog', { name: 'Delete task type nightly-report?' });
    await refusal.getByRole('button', { name: 'Delete task type' }).click();
    await refusal.getByRole('alert').filter({ hasText: 'task type nightly-report still has 1 unfinished tasks' }).waitFor();
    await screenshot(page, 'task-type-delete-refused');
    await refusal.getByRole('button', { name: 'Go back' }).click();
    expect((await standalone.api.taskTypes.get('nightly-report')).taskType).toBe('nightly-report');

    await page.getByRole('button', { name: 'Delete short-lived' }).click();
    await page.getByRole('dialog', { name: 'Delete task type short-lived?' }).getByRole('button', { name: 'Delete task type' }).click();
    await page.getByRole('row', { name: /short-lived/ }).waitFor({ state: 'detached' });
    await waitFor('deleted', async () => ((await standalone.api.taskTypes.list()).some((t) => t.taskType === 'short-lived') ? undefined : true));
  });
});
