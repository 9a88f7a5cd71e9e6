import { deleteRedisKeys, dropDatabase, freePort, waitFor } from '@asynctask/testing/local-servers';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { TaskTiming } from '../measure/task-timing';
import { BenchProcess } from '../support/bench-process';
import { localUrl } from '../support/local-urls';
import { ProcessMemory } from '../support/process-memory';
import { repoRoot } from '../support/repo-root';
import { JsonHttpClient } from '../support/json-http-client';
import { BenchTarget, SubmitRejectedError } from './bench-target';

export interface AsynctaskSettings {
  /** A MySQL server URL (its database part is replaced by one of the benchmark's own). */
  readonly databaseUrl: string;
  /** A Redis server URL (its db number is replaced by `redisDb`). */
  readonly redisUrl: string;
  readonly redisDb: number;
  readonly workerCapacity: number;
  /** Where each process writes a V8 CPU profile when it exits, if anywhere. */
  readonly profileDir: string | null;
}

const PAGE_SIZE = 500;
const START_TIMEOUT_MS = 60_000;

interface TaskRow {
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly completedAt: string | null;
}

/** The built gateway, one scheduler and N workers as processes over the real Redis and MariaDB. */
export class AsynctaskTarget implements BenchTarget {
  readonly name = 'asynctask';
  private readonly id = `${process.pid}_${randomBytes(3).toString('hex')}`;
  private readonly database = `asynctask_bench_${this.id}`;
  private readonly redisPrefix = `asynctask-bench-${this.id}`;
  private readonly databaseUrl: string;
  private readonly redisUrl: string;
  private readonly dist = join(repoRoot(), 'dist/apps');
  private gateway: BenchProcess | null = null;
  private scheduler: BenchProcess | null = null;
  private readonly workers: BenchProcess[] = [];
  private workersStarted = 0;
  private api: JsonHttpClient | null = null;
  private stopping: Promise<void> | null = null;

  constructor(private readonly settings: AsynctaskSettings) {
    this.databaseUrl = localUrl(settings.databaseUrl, `/${this.database}`);
    this.redisUrl = localUrl(settings.redisUrl, `/${settings.redisDb}`);
  }

  async start(workers: number): Promise<void> {
    const migrate = this.app('db-migrate', 'db-migrate', {});
    if ((await migrate.whenExited()) !== 0) throw new Error(`db-migrate failed:\n${migrate.recentOutput()}`);
    const port = await freePort();
    this.api = new JsonHttpClient(`http://127.0.0.1:${port}/api/v1`);
    this.gateway = this.app('api-gateway', 'gateway', { PORT: String(port) });
    await waitFor('the gateway', async () => ((await this.get('/stats').catch(() => null)) ? true : undefined), START_TIMEOUT_MS);
    this.scheduler = await this.startReady('scheduler', 'scheduler', { SCHEDULER_ID: `bench-scheduler-${this.id}` });
    await waitFor('a leading scheduler', async () => ((await this.get('/stats')).leader ? true : undefined), START_TIMEOUT_MS);
    await this.scaleWorkers(workers);
  }

  async scaleWorkers(count: number): Promise<void> {
    while (this.workers.length > count) await this.workers.pop()?.stop();
    while (this.workers.length < count) {
      const n = ++this.workersStarted;
      this.workers.push(
        await this.startReady('worker', `worker-${n}`, {
          WORKER_ID: `bench-worker-${n}`,
          WORKER_CAPACITY: String(this.settings.workerCapacity),
          WORKER_DRAIN_SECONDS: '5',
        }),
      );
    }
    const ids = this.workers.map((w) => `bench-${w.name}`);
    await waitFor(`${count} workers ONLINE`, async () => {
      const online = ((await this.get('/workers')).items as { workerId: string; status: string }[]).filter((w) => w.status === 'ONLINE').map((w) => w.workerId);
      return online.length === ids.length && ids.every((id) => online.includes(id)) ? true : undefined;
    }, START_TIMEOUT_MS);
  }

  async prepareKind(kind: string): Promise<void> {
    // No cap per task type: like a BullMQ queue, only the workers' capacity bounds the tasks run at once.
    const answer = await this.client().send('PUT', `/task-configs/${kind}`, { executorType: 'noop', maxConcurrent: 1_000_000, defaultMaxRetry: 0 });
    if (answer.status >= 300) throw new SubmitRejectedError(this.name, answer.status, answer.text);
  }

  async submitBatch(kind: string, size: number): Promise<void> {
    await this.post('/tasks/batch', { tasks: Array.from({ length: size }, () => ({ taskType: kind, payload: {} })) });
  }

  async submitOne(kind: string): Promise<void> {
    await this.post('/tasks', { taskType: kind, payload: {} });
  }

  async completedCount(kind: string): Promise<number> {
    return (await this.get(`/stats?taskType=${kind}`)).tasks.SUCCESS;
  }

  async timings(kind: string, expected: number): Promise<TaskTiming[]> {
    const timings: TaskTiming[] = [];
    let cursor: string | null = null;
    for (let page = 0; page <= Math.ceil(expected / PAGE_SIZE) + 1; page++) {
      const query = `/tasks?taskType=${kind}&status=SUCCESS&limit=${PAGE_SIZE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const body: { items: TaskRow[]; nextCursor: string | null } = await this.get(query);
      for (const task of body.items) {
        timings.push({ createdAt: Date.parse(task.createdAt), startedAt: Date.parse(task.startedAt ?? ''), completedAt: Date.parse(task.completedAt ?? '') });
      }
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    return timings;
  }

  memory(): ProcessMemory[] {
    return [this.gateway, this.scheduler, ...this.workers].filter((p): p is BenchProcess => p !== null).map((p) => p.memory());
  }

  /** Every caller (the run's own clean-up, a signal) waits for the one clean-up. */
  stop(): Promise<void> {
    this.stopping ??= this.cleanUp();
    return this.stopping;
  }

  private async cleanUp(): Promise<void> {
    this.api?.close();
    await Promise.all([this.gateway, this.scheduler, ...this.workers].map((p) => p?.stop()));
    await dropDatabase(this.databaseUrl, this.database).catch((error: unknown) => console.error(`could not drop ${this.database}: ${String(error)}`));
    await deleteRedisKeys(this.redisUrl, this.redisPrefix).catch((error: unknown) => console.error(`could not delete ${this.redisPrefix}* keys: ${String(error)}`));
  }

  private app(app: string, name: string, env: Record<string, string>): BenchProcess {
    return new BenchProcess(name, join(this.dist, app, 'main.js'), {
      DATABASE_URL: this.databaseUrl,
      REDIS_URL: this.redisUrl,
      REDIS_PREFIX: this.redisPrefix,
      ...env,
    }, this.settings.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${this.settings.profileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : []);
  }

  private async startReady(app: string, name: string, env: Record<string, string>): Promise<BenchProcess> {
    const healthPort = await freePort();
    const started = this.app(app, name, { HEALTH_PORT: String(healthPort), ...env });
    await waitFor(`${name} to be ready`, async () => {
      if (!started.running) throw new Error(`${name} exited:\n${started.recentOutput()}`);
      return (await fetch(`http://127.0.0.1:${healthPort}/health/ready`).catch(() => null))?.ok ? true : undefined;
    }, START_TIMEOUT_MS);
    return started;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read off the wire
  private async get(path: string): Promise<any> {
    const answer = await this.client().send('GET', path);
    if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status} ${answer.text}`);
    return JSON.parse(answer.text);
  }

  private async post(path: string, body: unknown): Promise<void> {
    const answer = await this.client().send('POST', path, body);
    if (answer.status !== 201) throw new SubmitRejectedError(this.name, answer.status, answer.text);
  }

  private client(): JsonHttpClient {
    if (!this.api) throw new Error('asynctask target not started');
    return this.api;
  }
}
