import { randomBytes } from 'node:crypto';
import { AsynctaskClient, createClient } from '@asynctask/client';
import type { HttpSend } from '@asynctask/testing';
import { AppName, AppProcess } from './app-process';
import { rawSender } from './raw-request';
import { deleteRedisKeys, dropDatabase, freePort } from '@asynctask/testing/local-servers';
import { waitFor } from '@asynctask/testing/local-servers';

export interface ClusterOptions {
  readonly schedulers?: number;
  readonly workers?: number;
  readonly workerCapacity?: number;
  /** A Redis server of the test's own, instead of REDIS_URL's. */
  readonly redisUrl?: string;
  /** The Redis db number; by default one derived from the pid. */
  readonly redisDb?: number;
  /** A MySQL server of the test's own (URL without a database), instead of DATABASE_URL's. */
  readonly databaseServerUrl?: string;
  /** DATABASE_URL's query string: TLS options. */
  readonly databaseOptions?: string;
  /** More settings for every process: TLS files, sentinels. */
  readonly env?: Record<string, string>;
}

const BASE_DATABASE_URL = process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/asynctask';
const BASE_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * The distributed shape on this machine: the built gateway, schedulers and workers as separate
 * processes over the real Redis and MariaDB, with a database and key prefix of their own that
 * are removed afterwards.
 */
export class Cluster {
  /** The gateway's API, through the typed client. */
  readonly api: AsynctaskClient;
  /** The gateway's API below /api/v1, for requests sent exactly as given. */
  readonly raw: HttpSend;
  /** http://127.0.0.1:<the gateway's port>, where it serves the API and the dashboard. */
  readonly origin: string;
  readonly schedulers: AppProcess[] = [];
  readonly workers: AppProcess[] = [];
  gateway!: AppProcess;
  /** Gateways started besides the first. */
  readonly gateways: AppProcess[] = [];
  /** Where each process serves /metrics: HEALTH_PORT, or a gateway's PORT. */
  private readonly healthPorts = new Map<AppProcess, number>();

  private constructor(
    private readonly env: Record<string, string>,
    readonly database: string,
    readonly redisUrl: string,
    private readonly redisPrefix: string,
    private readonly gatewayPort: number,
  ) {
    this.origin = `http://127.0.0.1:${gatewayPort}`;
    this.api = createClient({ baseUrl: this.origin });
    this.raw = rawSender(`${this.origin}/api/v1`);
  }

  static async start(options: ClusterOptions = {}): Promise<Cluster> {
    const id = `${process.pid}_${randomBytes(3).toString('hex')}`;
    const database = `asynctask_e2e_${id}`;
    const databaseUrl =
      (options.databaseServerUrl ? `${options.databaseServerUrl}/${database}` : BASE_DATABASE_URL.replace(/\/[^/]*$/, `/${database}`)) +
      (options.databaseOptions ? `?${options.databaseOptions}` : '');
    const redisUrl = `${(options.redisUrl ?? BASE_REDIS_URL).replace(/\/\d*$/, '')}/${options.redisDb ?? 1 + (process.pid % 15)}`;
    const redisPrefix = `e2e-${id}`;
    const env = { ...options.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, REDIS_PREFIX: redisPrefix };
    const cluster = new Cluster(env, database, redisUrl, redisPrefix, await freePort());
    try {
      await cluster.boot(options);
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    return cluster;
  }

  /** Starts one more scheduler (a standby unless nobody leads) and waits until it is ready. */
  async addScheduler(): Promise<AppProcess> {
    const n = this.schedulers.length + 1;
    const scheduler = await this.spawn('scheduler', `scheduler-${n}`, { SCHEDULER_ID: `e2e-scheduler-${n}` });
    this.schedulers.push(scheduler);
    await this.waitReady(scheduler);
    return scheduler;
  }

  /** The scheduler process started with this SCHEDULER_ID. */
  scheduler(schedulerId: string): AppProcess {
    const found = this.schedulers.find((s) => s.name === schedulerId.replace('e2e-', ''));
    if (!found) throw new Error(`no scheduler ${schedulerId}`);
    return found;
  }

  /** Starts one more gateway and returns its API once it answers. */
  async addGateway(): Promise<AsynctaskClient> {
    const port = await freePort();
    const gateway = await this.spawn('api-gateway', `gateway-${this.gateways.length + 2}`, { PORT: String(port) });
    this.healthPorts.set(gateway, port);
    this.gateways.push(gateway);
    const api = createClient({ baseUrl: `http://127.0.0.1:${port}` });
    await waitFor(gateway.name, () => api.stats.get().then(() => true));
    return api;
  }

  /** What a process's /metrics answers now. */
  async metrics(app: AppProcess): Promise<string> {
    return (await fetch(`http://127.0.0.1:${this.healthPorts.get(app)}/metrics`)).text();
  }

  /** Starts one more worker and waits until it is ready. */
  async addWorker(capacity = 10): Promise<AppProcess> {
    const worker = await this.spawn('worker', `worker-${this.workers.length + 1}`, {
      WORKER_ID: `e2e-worker-${this.workers.length + 1}`,
      WORKER_CAPACITY: String(capacity),
      WORKER_DRAIN_SECONDS: '5',
    });
    this.workers.push(worker);
    await this.waitReady(worker);
    return worker;
  }

  /** Stops every process (SIGTERM, then SIGKILL), drops the database and deletes the Redis keys. */
  async stop(): Promise<void> {
    const all = [this.gateway, ...this.gateways, ...this.schedulers, ...this.workers].filter(Boolean);
    await Promise.all(all.map((p) => p.stop()));
    await dropDatabase(this.env.DATABASE_URL, this.database).catch(() => undefined); // a test's own server may be gone
    await deleteRedisKeys(this.redisUrl, this.redisPrefix).catch(() => undefined); // a test's own Redis may be gone
  }

  /** What the processes printed, for a failing test's message. */
  logs(): string {
    return [this.gateway, ...this.gateways, ...this.schedulers, ...this.workers]
      .filter(Boolean)
      .map((p) => `--- ${p.name}\n${p.output.join('')}`)
      .join('\n');
  }

  private async boot(options: ClusterOptions): Promise<void> {
    const migrate = new AppProcess('db-migrate', 'db-migrate', this.env);
    if ((await migrate.whenExited()) !== 0) throw new Error(`db-migrate failed:\n${migrate.output.join('')}`);
    this.gateway = await this.spawn('api-gateway', 'gateway', { PORT: String(this.gatewayPort) });
    this.healthPorts.set(this.gateway, this.gatewayPort);
    await waitFor('the gateway', () => this.api.stats.get().then(() => true));
    for (let i = 1; i <= (options.schedulers ?? 2); i++) await this.addScheduler();
    for (let i = 0; i < (options.workers ?? 2); i++) await this.addWorker(options.workerCapacity ?? 10);
  }

  private async spawn(app: AppName, name: string, env: Record<string, string>): Promise<AppProcess> {
    const healthPort = await freePort();
    const process = new AppProcess(app, name, { ...this.env, HEALTH_PORT: String(healthPort), ...env });
    this.healthPorts.set(process, healthPort);
    return process;
  }

  private waitReady(app: AppProcess): Promise<true> {
    const port = this.healthPorts.get(app);
    return waitFor(`${app.name} to be ready`, async () => {
      if (!app.running) throw new Error(`${app.name} exited:\n${app.output.join('')}`);
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => null);
      return response?.status === 200 ? true : undefined;
    });
  }
}
