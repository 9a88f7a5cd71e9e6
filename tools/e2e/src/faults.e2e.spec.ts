import Redis from 'ioredis';
import { AsynctaskUnavailableError } from '@asynctask/client';
import { Cluster } from './support/cluster';
import { expectEverySucceededOnce, submitMany } from './support/exactly-once';
import { MariaDbServerProcess } from './support/mariadb-server-process';
import { RedisServerProcess } from './support/redis-server-process';
import { waitFor } from '@asynctask/testing/local-servers';

/**
 * Faults against the built apps as processes: every accepted task must still end SUCCESS,
 * exactly once. The figures each case measured are printed for the record.
 */
describe('fault tolerance', () => {
  let cluster: Cluster | null = null;
  let redisServer: RedisServerProcess | null = null;
  let mariaDb: MariaDbServerProcess | null = null;

  afterEach(async () => {
    await cluster?.stop();
    await redisServer?.kill();
    await mariaDb?.remove();
    cluster = null;
    redisServer = null;
    mariaDb = null;
  }, 60_000);

  const start = async (options: Parameters<typeof Cluster.start>[0]) => {
    cluster = await Cluster.start(options);
    await cluster.api.taskTypes.put('nap', { executorType: 'sleep', defaultTimeout: 60, retryDelay: 0 });
    return cluster;
  };
  const runningOn = async (c: Cluster, workerId: string) =>
    (await c.api.tasks.list({ status: 'RUNNING', workerId, limit: 500 })).items;

  it('loses no task when a worker is killed with kill -9 under load', async () => {
    const c = await start({ workers: 2, workerCapacity: 4 });
    const ids = await submitMany(c.api, 40, { taskType: 'nap', payload: { ms: 400 } });
    await waitFor('worker 1 to run tasks', async () => ((await runningOn(c, 'e2e-worker-1')).length > 0 ? true : undefined));
    const orphans = (await runningOn(c, 'e2e-worker-1')).map((t) => t.taskId);
    c.workers[0].kill('SIGKILL');
    const killedAt = Date.now();
    const restarted = await waitFor('an orphaned task to start elsewhere', async () => {
      const tasks = await Promise.all(orphans.map((id) => c.api.tasks.get(id)));
      return tasks.some((t) => t.workerId === 'e2e-worker-2') ? Date.now() : undefined;
    }, 60_000, 100);
    console.log(`kill -9 of a worker: its tasks ran elsewhere after ${restarted - killedAt} ms`);
    await expectEverySucceededOnce(c.api, ids);
  }, 120_000);

  it('fails over when the leader scheduler is killed, and again when the next one is', async () => {
    const c = await start({ schedulers: 3, workers: 2 });
    const ids = await submitMany(c.api, 30, { taskType: 'nap', payload: { ms: 50 } });
    for (let round = 1; round <= 2; round++) {
      const leader = await waitFor('a leader', async () => (await c.api.stats.get()).leader ?? undefined);
      c.scheduler(leader).kill('SIGKILL');
      const killedAt = Date.now();
      const next = await waitFor('another leader', async () => {
        const now = (await c.api.stats.get()).leader;
        return now && now !== leader ? now : undefined;
      }, 30_000, 50);
      console.log(`kill -9 of leader ${leader}: ${next} took over after ${Date.now() - killedAt} ms`);
      ids.push(...(await submitMany(c.api, 30, { taskType: 'nap', payload: { ms: 50 } })));
    }
    await expectEverySucceededOnce(c.api, ids);
  }, 120_000);

  it('rebuilds from MySQL when Redis is flushed mid-run', async () => {
    redisServer = await RedisServerProcess.start();
    const c = await start({ redisUrl: redisServer.url, redisDb: 0, workers: 2, workerCapacity: 4 });
    const ids = await submitMany(c.api, 80, { taskType: 'nap', payload: { ms: 100 } });
    await waitFor('some tasks to finish', async () => ((await c.api.stats.get()).tasks.SUCCESS > 10 ? true : undefined));
    const redis = new Redis(c.redisUrl);
    await redis.flushdb();
    redis.disconnect();
    const flushedAt = Date.now();
    const rebuilt = await waitFor('the ready queue to be rebuilt', async () => {
      const { queues, tasks } = await c.api.stats.get();
      return queues.ready + queues.dispatched + queues.inFlight > 0 || tasks.PENDING + tasks.SCHEDULED + tasks.RUNNING === 0 ? Date.now() : undefined;
    }, 30_000, 50);
    console.log(`FLUSHDB: dispatch state rebuilt from MySQL after ${rebuilt - flushedAt} ms`);
    await expectEverySucceededOnce(c.api, ids);
  }, 120_000);

  it('survives a Redis restart without persistence mid-run', async () => {
    redisServer = await RedisServerProcess.start();
    const c = await start({ redisUrl: redisServer.url, redisDb: 0, workers: 2, workerCapacity: 4 });
    const ids = await submitMany(c.api, 60, { taskType: 'nap', payload: { ms: 100 } });
    await waitFor('some tasks to finish', async () => ((await c.api.stats.get()).tasks.SUCCESS > 5 ? true : undefined));
    await redisServer.kill();
    await new Promise((resolve) => setTimeout(resolve, 1000)); // Redis stays down for a second
    await redisServer.restart();
    await expectEverySucceededOnce(c.api, ids);
  }, 120_000);

  it('rides out a MariaDB restart: 503 while it is down, every task stored once it is back', async () => {
    mariaDb = await MariaDbServerProcess.start();
    const c = await start({ databaseServerUrl: mariaDb.url, workers: 2, workerCapacity: 4 });
    const ids = await submitMany(c.api, 60, { taskType: 'nap', payload: { ms: 150 } });
    await waitFor('some tasks to finish', async () => ((await c.api.stats.get()).tasks.SUCCESS > 5 ? true : undefined));
    await mariaDb.kill();
    const refused = await c.api.tasks.create({ taskType: 'nap', payload: { ms: 1 } }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AsynctaskUnavailableError);
    expect(refused).toMatchObject({ statusCode: 503, message: expect.stringContaining('MySQL is unavailable') });
    await new Promise((resolve) => setTimeout(resolve, 2000)); // MariaDB stays down for two seconds
    await mariaDb.restart();
    const downAt = Date.now();
    await waitFor('the gateway to store tasks again', () => c.api.stats.get().then(() => true), 60_000, 100);
    console.log(`MariaDB restart: the gateway answered again ${Date.now() - downAt} ms after the server was back`);
    await expectEverySucceededOnce(c.api, ids);
  }, 120_000);

  it('brings back a worker frozen (SIGSTOP) past its heartbeat TTL: its tasks ran elsewhere once, and it runs new ones', async () => {
    const c = await start({ workers: 2, workerCapacity: 4 });
    const ids = await submitMany(c.api, 8, { taskType: 'nap', payload: { ms: 3000 } });
    await waitFor('worker 1 to run tasks', async () => ((await runningOn(c, 'e2e-worker-1')).length > 0 ? true : undefined));
    const caught = (await runningOn(c, 'e2e-worker-1')).map((t) => t.taskId);
    c.workers[0].kill('SIGSTOP');
    const frozenAt = Date.now();
    try {
      // Frozen until the leader has declared it dead (10 s TTL) and given its tasks to worker 2.
      await waitFor('a task of the frozen worker to run on worker 2', async () => {
        const tasks = await Promise.all(caught.map((id) => c.api.tasks.get(id)));
        return tasks.some((t) => t.workerId === 'e2e-worker-2') ? true : undefined;
      }, 60_000, 100);
    } finally {
      c.workers[0].kill('SIGCONT');
    }
    const thawedAt = Date.now();
    const worker1 = async () => (await c.api.workers.list()).find((w) => w.workerId === 'e2e-worker-1');
    await waitFor('worker 1 to be ONLINE again', async () => ((await worker1())?.status === 'ONLINE' ? true : undefined), 30_000, 100);
    console.log(`SIGSTOP of a worker for ${thawedAt - frozenAt} ms: ONLINE again ${Date.now() - thawedAt} ms after SIGCONT`);

    // With worker 2 gone, new work can only run on the worker that came back.
    await c.workers[1].stop();
    const later = await submitMany(c.api, 8, { taskType: 'nap', payload: { ms: 100 } });
    await expectEverySucceededOnce(c.api, [...ids, ...later]);
    const ranOn = await Promise.all(later.map(async (id) => (await c.api.tasks.get(id)).workerId));
    expect(new Set(ranOn)).toEqual(new Set(['e2e-worker-1']));
    expect((await worker1())?.status).toBe('ONLINE');
  }, 120_000);

  it('drains a worker on SIGTERM: its tasks finish or go back without using a retry', async () => {
    const c = await start({ workers: 2, workerCapacity: 4 });
    const ids = await submitMany(c.api, 24, { taskType: 'nap', payload: { ms: 700 } });
    await waitFor('worker 1 to run tasks', async () => ((await runningOn(c, 'e2e-worker-1')).length > 0 ? true : undefined));
    c.workers[0].kill('SIGTERM');
    const code = await c.workers[0].whenExited();
    // Ended by its own SIGTERM handling, which exits with 0 after the drain, not killed.
    expect({ code, signal: c.workers[0].exitSignal }).toEqual({ code: 0, signal: null });
    await expectEverySucceededOnce(c.api, ids);
    const tasks = await Promise.all(ids.map((id) => c.api.tasks.get(id)));
    expect(tasks.filter((t) => t.retryCount !== 0)).toEqual([]);
    const workers = (await c.api.workers.list()).map((w) => w.workerId);
    expect(workers).toEqual(['e2e-worker-2']);
  }, 120_000);
});
