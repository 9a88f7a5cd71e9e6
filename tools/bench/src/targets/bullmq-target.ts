import { deleteRedisKeys, waitFor } from '@asynctask/testing/local-servers';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { TaskTiming } from '../measure/task-timing';
import { BenchProcess } from '../support/bench-process';
import { localUrl } from '../support/local-urls';
import { ProcessMemory } from '../support/process-memory';
import { repoRoot } from '../support/repo-root';
import { BenchTarget } from './bench-target';

export interface BullmqSettings {
  readonly redisUrl: string;
  /** A db number of BullMQ's own, apart from asynctask's. */
  readonly redisDb: number;
  readonly concurrency: number;
}

const QUEUE = 'bench';
const PAGE_SIZE = 1000;
const START_TIMEOUT_MS = 30_000;

/**
 * BullMQ doing the same work: this process produces (addBulk, add), N worker processes consume
 * with a no-op processor. One queue; each phase's jobs carry the phase's kind as their job name,
 * and a phase's completed jobs are read back and removed before the next phase starts.
 */
export class BullmqTarget implements BenchTarget {
  readonly name = 'BullMQ';
  private readonly prefix = `bullmq-bench-${process.pid}_${randomBytes(3).toString('hex')}`;
  private readonly redisUrl: string;
  private readonly workerScript = join(repoRoot(), 'tools/bench/src/targets/bullmq-noop-worker.cjs');
  private readonly workers: BenchProcess[] = [];
  private workersStarted = 0;
  private queue: Queue | null = null;
  private connection: Redis | null = null;
  private stopping: Promise<void> | null = null;

  constructor(private readonly settings: BullmqSettings) {
    this.redisUrl = localUrl(settings.redisUrl, `/${settings.redisDb}`);
  }

  async start(workers: number): Promise<void> {
    this.connection = new Redis(this.redisUrl, { maxRetriesPerRequest: null });
    this.queue = new Queue(QUEUE, { connection: this.connection, prefix: this.prefix });
    await this.queue.waitUntilReady();
    await this.scaleWorkers(workers);
  }

  async scaleWorkers(count: number): Promise<void> {
    while (this.workers.length > count) await this.workers.pop()?.stop();
    while (this.workers.length < count) {
      const worker = new BenchProcess(`bullmq-worker-${++this.workersStarted}`, this.workerScript, {
        BENCH_QUEUE: QUEUE,
        BENCH_PREFIX: this.prefix,
        BENCH_REDIS_URL: this.redisUrl,
        BENCH_CONCURRENCY: String(this.settings.concurrency),
      });
      await waitFor(`${worker.name} to be ready`, async () => {
        if (!worker.running) throw new Error(`${worker.name} exited:\n${worker.recentOutput()}`);
        return worker.printed('ready') ? true : undefined;
      }, START_TIMEOUT_MS);
      this.workers.push(worker);
    }
  }

  async prepareKind(): Promise<void> {
    // Completed jobs of the last phase go, so the completed count is this phase's alone.
    await this.requireQueue().clean(0, 0, 'completed');
  }

  async submitBatch(kind: string, size: number): Promise<void> {
    await this.requireQueue().addBulk(Array.from({ length: size }, () => ({ name: kind, data: {} })));
  }

  async submitOne(kind: string): Promise<void> {
    await this.requireQueue().add(kind, {});
  }

  completedCount(): Promise<number> {
    return this.requireQueue().getCompletedCount();
  }

  async timings(kind: string, expected: number): Promise<TaskTiming[]> {
    const timings: TaskTiming[] = [];
    for (let start = 0; start < expected + PAGE_SIZE; start += PAGE_SIZE) {
      const jobs = await this.requireQueue().getJobs(['completed'], start, start + PAGE_SIZE - 1);
      for (const job of jobs) {
        if (job.name !== kind) continue;
        timings.push({ createdAt: job.timestamp, startedAt: job.processedOn ?? NaN, completedAt: job.finishedOn ?? NaN });
      }
      if (jobs.length < PAGE_SIZE) break;
    }
    return timings;
  }

  memory(): ProcessMemory[] {
    return this.workers.map((w) => w.memory());
  }

  /** Every caller (the run's own clean-up, a signal) waits for the one clean-up. */
  stop(): Promise<void> {
    this.stopping ??= this.cleanUp();
    return this.stopping;
  }

  private async cleanUp(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.stop()));
    await this.queue?.close().catch(() => undefined);
    this.connection?.disconnect(); // BullMQ leaves a connection it was handed open
    await deleteRedisKeys(this.redisUrl, this.prefix).catch((error: unknown) => console.error(`could not delete ${this.prefix}* keys: ${String(error)}`));
  }

  private requireQueue(): Queue {
    if (!this.queue) throw new Error('BullMQ target not started');
    return this.queue;
  }
}
