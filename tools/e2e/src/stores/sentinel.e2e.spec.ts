import { waitFor } from '@asynctask/testing/local-servers';
import { AppProcess } from '../support/app-process';
import { Cluster } from '../support/cluster';
import { ContinuousSubmitter } from '../support/continuous-submitter';
import { expectEverySucceededOnce, submitMany } from '../support/exactly-once';
import { RedisSentinelGroup } from '../support/redis-sentinel-group';

const PASSWORD = 'redis-secret';
const SENTINEL_PASSWORD = 'sentinel-secret';

/**
 * Redis behind Sentinel: a master, a replica and three sentinels (quorum 2) of the test's own, the
 * apps finding the master through them. The master is killed under load after its replica fell
 * behind, so the failover also loses writes the master had acknowledged.
 */
describe('Redis behind Sentinel', () => {
  let group: RedisSentinelGroup | null = null;
  let cluster: Cluster | null = null;

  afterEach(async () => {
    await cluster?.stop();
    await group?.stop();
    cluster = null;
    group = null;
  }, 60_000);

  const sentinelEnv = (g: RedisSentinelGroup, masterName = g.masterName) => ({
    REDIS_SENTINELS: g.sentinelList,
    REDIS_SENTINEL_NAME: masterName,
    REDIS_SENTINEL_PASSWORD: SENTINEL_PASSWORD,
  });

  it('fails over when the master is killed under load: every accepted task ends SUCCESS once, the lost writes repaired from MySQL', async () => {
    const g = (group = await RedisSentinelGroup.start({ replicas: 1, sentinels: 3, quorum: 2, password: PASSWORD, sentinelPassword: SENTINEL_PASSWORD }));
    // Only REDIS_URL's password and db number are used: the host is the sentinels' to say.
    const c = (cluster = await Cluster.start({ redisUrl: `redis://:${PASSWORD}@sentinel-decides`, redisDb: 0, workers: 2, workerCapacity: 4, env: sentinelEnv(g) }));
    await c.api.taskTypes.put('nap', { executorType: 'sleep', defaultTimeout: 60, retryDelay: 0 });
    const submitter = new ContinuousSubmitter(c.raw, { taskType: 'nap', payload: { ms: 100 } });
    await waitFor('tasks to flow', async () => ((await c.api.stats.get()).tasks.SUCCESS >= 20 ? true : undefined));

    // The replica falls behind: nothing the master acknowledges from here on reaches it. A burst
    // larger than the workers' 8 slots leaves tasks queued in Redis only, when the master dies.
    await cutReplication(g);
    const lost = await submitMany(c.api, 30, { taskType: 'nap', payload: { ms: 300 } });
    await g.master.kill();
    const killedAt = Date.now();
    const promotedAt = await waitFor('a sentinel to promote the replica', async () => ((await g.masterPort()) === g.replicas[0].port ? Date.now() : undefined), 60_000, 50);
    // The gateway accepts throughout (MySQL stores them; what Redis could not queue, the reconciler does).
    await waitFor('tasks submitted after the failover', async () => (submitter.submissions.filter((s) => s.at > promotedAt).length >= 20 ? true : undefined), 60_000);
    const accepted = await submitter.stop();

    await expectEverySucceededOnce(c.api, [...accepted, ...lost], 120_000);
    const repairs = reconcilerRepairs(c.schedulers);
    expect(repairs.enqueued + repairs.requeued + repairs.leasesRestored).toBeGreaterThan(0);
    const tasks = await Promise.all([...accepted, ...lost].map(async (id) => await c.api.tasks.get(id)));
    const during = tasks.filter((t) => Date.parse(t.createdAt) >= killedAt && Date.parse(t.createdAt) < promotedAt);
    const after = tasks.filter((t) => Date.parse(t.createdAt) >= promotedAt);
    const lastEnded = Math.max(...tasks.map((t) => Date.parse(t.completedAt as string)));
    const firstAfterEnded = Math.min(...after.map((t) => Date.parse(t.completedAt as string)));
    console.log(
      `Sentinel failover: the replica was promoted ${promotedAt - killedAt} ms after kill -9 of the master; ` +
        `${submitter.refusals.length} of ${submitter.submissions.length} batch submits refused; ` +
        `${lost.length} tasks the replica never got and ${during.length} submitted with no master were queued by the reconciler (${JSON.stringify(repairs)}); ` +
        `a task submitted after the promotion first ended ${firstAfterEnded - promotedAt} ms after it; the last task ended ${lastEnded - killedAt} ms after the kill; ` +
        `${tasks.length} tasks, each SUCCESS once`,
    );
    expect(submitter.refusals).toEqual([]);
    // No app gave up on Redis while it had no master.
    expect([...c.schedulers, ...c.workers].filter((p) => !p.running).map((p) => p.name)).toEqual([]);

    // The workers' cancellation subscriptions moved to the new master too.
    await expectCancelReachesItsWorker(c);
  }, 240_000);

  it('fails the start in one line when no sentinel knows the master name', async () => {
    const g = (group = await RedisSentinelGroup.start({ replicas: 0, sentinels: 1, quorum: 1, password: PASSWORD, sentinelPassword: SENTINEL_PASSWORD }));
    const scheduler = new AppProcess('scheduler', 'scheduler', { REDIS_URL: `redis://:${PASSWORD}@sentinel-decides`, ...sentinelEnv(g, 'no-such-master') });
    expect(await scheduler.whenExited()).toBe(1);
    expect(scheduler.output.join('').trim()).toBe(
      `asynctask scheduler: cannot start: cannot reach Redis through Sentinel ${g.sentinelList} (master no-such-master): no sentinel knows a master named no-such-master`,
    );
  }, 60_000);
});

/** Cuts the replica off its master, and keeps it off: it can no longer authenticate to it. */
async function cutReplication(group: RedisSentinelGroup): Promise<void> {
  const [replica] = group.replicas;
  const toReplica = replica.connect();
  const toMaster = group.master.connect();
  try {
    await toReplica.config('SET', 'masterauth', 'not-the-password');
    await toMaster.client('KILL', 'TYPE', 'replica');
    await waitFor('the replica to lose its master', async () => ((await toReplica.info('replication')).includes('master_link_status:down') ? true : undefined));
  } finally {
    toReplica.disconnect();
    toMaster.disconnect();
  }
}

interface Repairs {
  enqueued: number;
  requeued: number;
  leasesRestored: number;
}

/** What the schedulers' reconcilers logged they repaired (a warning each time they did). */
function reconcilerRepairs(schedulers: readonly AppProcess[]): Repairs {
  const total: Repairs = { enqueued: 0, requeued: 0, leasesRestored: 0 };
  const lines = schedulers.flatMap((s) => s.output.join('').split('\n'));
  for (const line of lines.filter((l) => l.includes('repaired dispatch state') || l.includes('dispatch state built from the store'))) {
    const report = JSON.parse(line) as Partial<Repairs>;
    total.enqueued += report.enqueued ?? 0;
    total.requeued += report.requeued ?? 0;
    total.leasesRestored += report.leasesRestored ?? 0;
  }
  return total;
}

/** Cancels a long task once it runs, and waits for its worker to drop it: the cancellation reached it. */
async function expectCancelReachesItsWorker(c: Cluster): Promise<void> {
  const [taskId] = await submitMany(c.api, 1, { taskType: 'nap', payload: { ms: 60_000 } });
  await waitFor('the long task to run', async () => ((await c.api.tasks.get(taskId)).status === 'RUNNING' ? true : undefined));
  expect((await c.api.tasks.cancel(taskId)).status).toBe('CANCELLED');
  await waitFor('its worker to stop running it', async () => {
    const workers = await c.api.workers.list();
    return workers.every((w) => w.currentLoad === 0) ? true : undefined;
  }, 15_000);
}
