import { Cluster } from '../src/support/cluster';
import { waitFor } from '@asynctask/testing/local-servers';
import { ChaosOptions, parseChaosOptions, seededRandom } from './chaos-options';

type Fault = 'kill -9 worker' | 'SIGTERM worker' | 'kill -9 leader' | 'kill -9 standby';
const FAULTS: Fault[] = ['kill -9 worker', 'SIGTERM worker', 'kill -9 leader', 'kill -9 standby'];

interface Recovery {
  readonly fault: Fault;
  readonly ms: number;
}

/**
 * A soak: the distributed apps run on this machine while tasks stream in and random processes
 * are killed at random times; afterwards every task is checked for exactly one SUCCESS.
 */
async function main(options: ChaosOptions): Promise<void> {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  console.log(`chaos: ${options.durationSeconds}s, ${options.schedulers} schedulers, ${options.workers} workers, ${options.tasksPerSecond} tasks/s, seed ${options.seed}`);
  const cluster = await Cluster.start({ schedulers: options.schedulers, workers: options.workers, workerCapacity: 8 });
  const submitted: string[] = [];
  const recoveries: Recovery[] = [];
  try {
    await cluster.api.taskTypes.put('chaos', { executorType: 'sleep', defaultTimeout: 30, defaultMaxRetry: 3, retryDelay: 0 });
    const endAt = Date.now() + options.durationSeconds * 1000;
    const submitting = submitUntil(cluster, endAt, options.tasksPerSecond, () => 20 + Math.floor(random() * 300), submitted);
    while (Date.now() < endAt) {
      await sleep(2000 + random() * 8000);
      if (Date.now() >= endAt) break;
      const fault = pick(FAULTS);
      const recovery = await inject(cluster, fault, pick);
      if (recovery) recoveries.push(recovery);
      console.log(`  ${new Date().toISOString()} ${fault}${recovery ? `: recovered in ${recovery.ms} ms` : ''}`);
    }
    await submitting;
    await report(cluster, submitted, recoveries);
  } finally {
    await cluster.stop();
  }
}

async function submitUntil(cluster: Cluster, endAt: number, perSecond: number, sleepMs: () => number, ids: string[]): Promise<void> {
  const batch = Math.max(1, Math.round(perSecond / 5));
  while (Date.now() < endAt) {
    const tasks = Array.from({ length: batch }, () => ({ taskType: 'chaos', payload: { ms: sleepMs() } }));
    // Only tasks the gateway accepted count; a refused batch is not sent again.
    const created = await cluster.api.tasks.createBatch(tasks).catch(() => []);
    ids.push(...created.map((t) => t.taskId));
    await sleep(200);
  }
}

/** Injects one fault, replaces what it took down, and returns how long the system took to recover. */
async function inject(cluster: Cluster, fault: Fault, pick: <T>(items: readonly T[]) => T): Promise<Recovery | null> {
  const started = Date.now();
  if (fault === 'kill -9 worker' || fault === 'SIGTERM worker') {
    const live = cluster.workers.filter((w) => w.running);
    if (live.length <= 1) return null;
    const victim = pick(live);
    const orphans = (await cluster.api.tasks.list({ status: 'RUNNING', workerId: `e2e-${victim.name}`, limit: 500 })).items.map((t) => t.taskId);
    victim.kill(fault === 'kill -9 worker' ? 'SIGKILL' : 'SIGTERM');
    await victim.whenExited();
    await cluster.addWorker(8);
    if (orphans.length === 0) return null;
    // Recovered once none of its running tasks is still stuck on it.
    await waitFor('orphans to move on', async () => {
      const tasks = await Promise.all(orphans.map((id) => cluster.api.tasks.get(id)));
      return tasks.every((t) => t.workerId !== `e2e-${victim.name}` || t.status === 'SUCCESS') ? true : undefined;
    }, 120_000, 200);
    return { fault, ms: Date.now() - started };
  }
  const { leader } = await cluster.api.stats.get();
  const live = cluster.schedulers.filter((s) => s.running);
  const leaderProcess = live.find((s) => `e2e-${s.name}` === leader);
  const victim = fault === 'kill -9 leader' ? leaderProcess : pick(live.filter((s) => s !== leaderProcess));
  if (!victim || live.length <= 1) return null;
  victim.kill('SIGKILL');
  await victim.whenExited();
  await cluster.addScheduler();
  if (fault !== 'kill -9 leader') return null;
  await waitFor('a new leader', async () => {
    const now = (await cluster.api.stats.get()).leader;
    return now && now !== leader ? true : undefined;
  }, 60_000, 100);
  return { fault, ms: Date.now() - started };
}

async function report(cluster: Cluster, ids: readonly string[], recoveries: readonly Recovery[]): Promise<void> {
  console.log(`chaos over; waiting for ${ids.length} tasks to end`);
  await waitFor('every task to end', async () => {
    const { tasks } = await cluster.api.stats.get();
    return tasks.PENDING + tasks.SCHEDULED + tasks.RUNNING === 0 ? true : undefined;
  }, 300_000, 1000).catch((error: unknown) => console.log(String(error)));
  let succeeded = 0;
  let lost = 0;
  let doubleCompleted = 0;
  for (const id of ids) {
    const task = await cluster.api.tasks.get(id);
    const successes = (await cluster.api.tasks.logs(id)).filter((l) => l.logType === 'SUCCEEDED').length;
    if (task.status === 'SUCCESS' && successes === 1) succeeded++;
    else if (successes > 1) doubleCompleted++;
    else lost++;
  }
  console.log(`submitted ${ids.length}, succeeded ${succeeded}, lost ${lost}, double-completed ${doubleCompleted}`);
  for (const fault of FAULTS) {
    const times = recoveries.filter((r) => r.fault === fault).map((r) => r.ms);
    if (times.length === 0) continue;
    console.log(`${fault}: ${times.length} recoveries, min ${Math.min(...times)} ms, max ${Math.max(...times)} ms`);
  }
  if (lost + doubleCompleted > 0) process.exitCode = 1;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

main(parseChaosOptions(process.argv.slice(2))).catch((error: unknown) => {
  console.error(`chaos failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
