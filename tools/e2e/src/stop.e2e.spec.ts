import { freePort, waitFor } from '@asynctask/testing/local-servers';
import { AsynctaskClient, createClient } from '@asynctask/client';
import { AppProcess } from './support/app-process';
import { Cluster } from './support/cluster';

/** The built standalone as `npm start` runs it, on a port of its own, ready for requests. */
async function startStandalone(): Promise<{ app: AppProcess; api: AsynctaskClient }> {
  const port = await freePort();
  const app = new AppProcess('standalone', 'standalone', { PORT: String(port) });
  const api = createClient({ baseUrl: `http://127.0.0.1:${port}` });
  await waitFor('the standalone', async () => {
    if (!app.running) throw new Error(`the standalone exited:\n${app.output.join('')}`);
    return (await api.stats.get().catch(() => null)) ? true : undefined;
  });
  return { app, api };
}

/** How long after `since` the promise settled, and its value. */
async function timed<T>(since: number, promise: Promise<T>): Promise<{ value: T; ms: number }> {
  const value = await promise;
  return { value, ms: performance.now() - since };
}

describe('stopping the standalone as a person does', () => {
  let app: AppProcess | undefined;
  afterEach(() => app?.stop());

  /** The standalone with a 60 s task RUNNING in it. */
  async function startWithRunningTask(): Promise<AppProcess> {
    const started = await startStandalone();
    await started.api.taskTypes.put('nap', { executorType: 'sleep', defaultTimeout: 120 });
    const task = await started.api.tasks.create({ taskType: 'nap', payload: { ms: 60_000 } });
    await waitFor('the task to run', async () => ((await started.api.tasks.get(task.taskId)).status === 'RUNNING' ? true : undefined));
    return started.app;
  }

  const STOPPING_WITH_ONE_TASK =
    'asynctask standalone: stopping: finishing in-flight requests, resigning scheduler leadership, ' +
    'waiting up to 5 s for 1 running task (Ctrl-C again to stop at once)';

  it('Ctrl-C says at once what it waits for; a second Ctrl-C stops it at once with a non-zero status', async () => {
    app = await startWithRunningTask();
    const firstAt = performance.now();
    app.kill('SIGINT');
    // The default drain of the standalone is 5 s: the line must come long before it would end.
    const stopping = await timed(firstAt, app.printedLine(/stopping:/, 2000));
    expect(stopping.value).toBe(STOPPING_WITH_ONE_TASK);
    console.log(`standalone: stopping line ${stopping.ms.toFixed(0)} ms after the first SIGINT`);

    // A person presses again after reading the line; a repeat within half a second is taken for an echo.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 600 - (performance.now() - firstAt))));
    const secondAt = performance.now();
    app.kill('SIGINT');
    const exit = await timed(secondAt, app.whenExited());
    const output = app.output.join('');
    expect(exit.value).toBe(130);
    expect(output).toContain('asynctask standalone: SIGINT again: forced to stop at once, without waiting\n');
    expect(output).not.toMatch(/stopped in/);
    console.log(`standalone: exited ${exit.ms.toFixed(0)} ms after the second SIGINT`);
    expect(exit.ms).toBeLessThan(2000);
  });

  it('takes a Ctrl-C that arrives twice at once (the terminal, and npm forwarding it) for one', async () => {
    app = await startWithRunningTask();
    app.kill('SIGINT');
    expect(await app.printedLine(/stopping:/, 2000)).toBe(STOPPING_WITH_ONE_TASK);
    app.kill('SIGINT');
    expect(await app.whenExited()).toBe(0);
    const output = app.output.join('');
    expect(output.match(/stopping:/g)).toHaveLength(1);
    expect(output).not.toMatch(/forced/);
    const took = output.match(/^asynctask standalone: stopped in ([\d.]+) s$/m);
    expect(Number(took?.[1])).toBeGreaterThanOrEqual(5); // it waited out the whole drain
  });

  it('one SIGTERM with no task running stops it cleanly and promptly: exit status 0 and both lines', async () => {
    app = (await startStandalone()).app;
    const signalledAt = performance.now();
    app.kill('SIGTERM');
    const exit = await timed(signalledAt, app.whenExited());
    expect(exit.value).toBe(0);
    const lines = app.output.join('').split('\n');
    expect(lines).toContain(
      'asynctask standalone: stopping: finishing in-flight requests, resigning scheduler leadership, no task running (SIGTERM again to stop at once)',
    );
    expect(lines).toContainEqual(expect.stringMatching(/^asynctask standalone: stopped in \d+ ms$/));
    console.log(`standalone: stopped ${exit.ms.toFixed(0)} ms after SIGTERM`);
    expect(exit.ms).toBeLessThan(5000); // it did not wait out the drain
  });
});

describe('stopping the distributed apps', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await Cluster.start({ schedulers: 2, workers: 1 });
  }, 60_000);
  afterAll(() => cluster?.stop());

  /** SIGTERM, the line saying what the stop waits for at once, then exit status 0 with the line that it stopped. */
  async function stopAndExpect(app: AppProcess, stopping: string): Promise<void> {
    app.kill('SIGTERM');
    expect(await app.printedLine(/stopping:/, 2000)).toBe(`asynctask ${app.app}: stopping: ${stopping} (SIGTERM again to stop at once)`);
    expect(await app.whenExited()).toBe(0);
    expect(app.output.join('').split('\n')).toContainEqual(expect.stringMatching(new RegExp(`^asynctask ${app.app}: stopped in [\\d.]+ m?s$`)));
  }

  it('a worker counts its running tasks and says how long it waits for them', async () => {
    await cluster.api.taskTypes.put('nap', { executorType: 'sleep', defaultTimeout: 120 });
    const ids = await Promise.all([1, 2].map(async () => (await cluster.api.tasks.create({ taskType: 'nap', payload: { ms: 60_000 } })).taskId));
    await waitFor('both tasks to run', async () => ((await cluster.api.stats.get()).tasks.RUNNING === ids.length ? true : undefined));
    // The e2e cluster gives its workers WORKER_DRAIN_SECONDS=5.
    await stopAndExpect(cluster.workers[0], 'waiting up to 5 s for 2 running tasks');
  }, 30_000);

  it('a standby scheduler says it has nothing to hand over; the leader that it resigns', async () => {
    const leaderId = (await cluster.api.stats.get()).leader as string;
    const leader = cluster.scheduler(leaderId);
    const standby = cluster.schedulers.find((s) => s !== leader)!;
    await stopAndExpect(standby, 'a standby scheduler, no leadership to resign');
    await stopAndExpect(leader, 'resigning scheduler leadership');
  }, 30_000);

  it('the gateway says it finishes in-flight requests', async () => {
    await stopAndExpect(cluster.gateway, 'finishing in-flight requests');
  });
});
