import Redis from 'ioredis';
import { Assignment, DispatchQueue, LeasedTask, QueueEntry, QueueSizes } from '@asynctask/domain';
import { BlockingPool } from './blocking-pool';
import { RedisKeys } from './redis-keys';
import { RedisScripts } from './redis-scripts';
import { RedisCall } from './redis-unavailable';

/**
 * The ready queue, delayed set, worker queues and in-flight leases in Redis. Every change that
 * touches more than one key is one Lua script (see ./lua); the in-flight member format lives in
 * those scripts only.
 */
export class RedisDispatchQueue implements DispatchQueue {
  constructor(
    private readonly redis: Redis,
    private readonly scripts: RedisScripts,
    private readonly keys: RedisKeys,
    private readonly blocking: BlockingPool,
    private readonly call: RedisCall,
  ) {}

  async enqueue(entries: readonly QueueEntry[], now: Date): Promise<void> {
    if (entries.length === 0) return;
    const args = entries.flatMap((e) => [e.taskId, e.priority, e.runAt.getTime()]);
    await this.call(() => this.scripts.run('enqueue', this.readyKeys(), [now.getTime(), ...args]));
  }

  promoteDue(now: Date, limit: number): Promise<number> {
    return this.call(() => this.scripts.run<number>('promote-due', this.readyKeys(), [now.getTime(), limit]));
  }

  async peek(limit: number): Promise<string[]> {
    // ZRANGE 0 -1 would be the whole queue.
    if (limit <= 0) return [];
    return this.call(() => this.redis.zrange(this.keys.ready, 0, limit - 1));
  }

  async remove(taskIds: readonly string[]): Promise<void> {
    if (taskIds.length === 0) return;
    await this.call(() => this.scripts.run('remove', [this.keys.ready, this.keys.delayed, this.keys.delayedPriority], taskIds));
  }

  async queued(taskIds: readonly string[]): Promise<boolean[]> {
    if (taskIds.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const taskId of taskIds) pipeline.zscore(this.keys.ready, taskId).zscore(this.keys.delayed, taskId);
    const scores = await this.call(async () => resultsOf(await pipeline.exec()));
    return taskIds.map((_, i) => scores[2 * i] !== null || scores[2 * i + 1] !== null);
  }

  waitForWork(timeoutMs: number): Promise<void> {
    return this.call(() => this.blocking.waitOn(this.keys.schedulerWake, timeoutMs));
  }

  async moveToWorkers(assignments: readonly Assignment[], fencingToken: number): Promise<string[]> {
    if (assignments.length === 0) return [];
    const { workers, index } = indexWorkers(assignments);
    const keys = [this.keys.leader, this.keys.ready, this.keys.workerQueues];
    for (const workerId of workers) keys.push(this.keys.workerQueue(workerId), this.keys.workerWake(workerId));
    const args = [fencingToken, ...workers, ...assignments.flatMap((a) => [a.taskId, index.get(a.workerId) as number])];
    return this.call(() => this.scripts.run<string[]>('move-to-workers', keys, args));
  }

  async take(workerId: string, max: number, leaseUntil: Date, waitMs: number): Promise<string[]> {
    const taken = await this.takeNow(workerId, max, leaseUntil);
    if (taken.length > 0 || waitMs <= 0) return taken;
    await this.call(() => this.blocking.waitOn(this.keys.workerWake(workerId), waitMs));
    return this.takeNow(workerId, max, leaseUntil);
  }

  async interruptTake(workerId: string): Promise<void> {
    await this.call(() => this.scripts.run('interrupt-take', [this.keys.workerWake(workerId)], []));
  }

  async renewLeases(workerId: string, taskIds: readonly string[], leaseUntil: Date): Promise<void> {
    if (taskIds.length === 0) return;
    await this.call(() => this.scripts.run('renew-leases', [this.keys.inFlight], [workerId, leaseUntil.getTime(), ...taskIds]));
  }

  async ack(workerId: string, taskIds: readonly string[]): Promise<void> {
    if (taskIds.length === 0) return;
    await this.call(() => this.scripts.run('ack', [this.keys.inFlight, this.keys.schedulerWake], [workerId, ...taskIds]));
  }

  releaseWorkerQueue(workerId: string): Promise<string[]> {
    const keys = [this.keys.workerQueue(workerId), this.keys.workerQueues];
    return this.call(() => this.scripts.run<string[]>('release-worker-queue', keys, [workerId]));
  }

  async expiredLeases(now: Date, limit: number): Promise<LeasedTask[]> {
    if (limit <= 0) return [];
    const flat = await this.call(() => this.scripts.run<string[]>('expired-leases', [this.keys.inFlight], [now.getTime(), limit]));
    const leases: LeasedTask[] = [];
    for (let i = 0; i < flat.length; i += 3) leases.push({ workerId: flat[i], taskId: flat[i + 1], leaseUntil: new Date(Number(flat[i + 2])) });
    return leases;
  }

  async holds(assignments: readonly Assignment[]): Promise<boolean[]> {
    if (assignments.length === 0) return [];
    const { workers, index } = indexWorkers(assignments);
    const keys = [this.keys.inFlight, ...workers.map((workerId) => this.keys.workerQueue(workerId))];
    const args = [...workers, ...assignments.flatMap((a) => [a.taskId, index.get(a.workerId) as number])];
    const held = await this.call(() => this.scripts.run<number[]>('holds', keys, args));
    return held.map((h) => h === 1);
  }

  async restoreLeases(leases: readonly LeasedTask[]): Promise<void> {
    if (leases.length === 0) return;
    const args = leases.flatMap((l) => [l.workerId, l.taskId, l.leaseUntil.getTime()]);
    await this.call(() => this.scripts.run('restore-leases', [this.keys.inFlight], args));
  }

  async hasStateMarker(): Promise<boolean> {
    return (await this.call(() => this.redis.exists(this.keys.stateMarker))) === 1;
  }

  async setStateMarker(): Promise<void> {
    await this.call(() => this.redis.set(this.keys.stateMarker, Date.now()));
  }

  async sizes(): Promise<QueueSizes> {
    return this.call(async () => {
      const workers = await this.redis.smembers(this.keys.workerQueues);
      const pipeline = this.redis.pipeline().zcard(this.keys.ready).zcard(this.keys.delayed).zcard(this.keys.inFlight);
      for (const workerId of workers) pipeline.llen(this.keys.workerQueue(workerId));
      const [ready, delayed, inFlight, ...queued] = resultsOf(await pipeline.exec()).map(Number);
      return { ready, delayed, inFlight, dispatched: queued.reduce((sum, n) => sum + n, 0) };
    });
  }

  private takeNow(workerId: string, max: number, leaseUntil: Date): Promise<string[]> {
    const keys = [this.keys.workerQueue(workerId), this.keys.inFlight, this.keys.workerWake(workerId)];
    return this.call(() => this.scripts.run<string[]>('take', keys, [workerId, max, leaseUntil.getTime()]));
  }

  private readyKeys(): string[] {
    return [this.keys.ready, this.keys.delayed, this.keys.delayedPriority, this.keys.sequence, this.keys.schedulerWake];
  }
}

/** The distinct workers of the assignments, and each one's 1-based place among them (how the scripts name them). */
function indexWorkers(assignments: readonly Assignment[]): { workers: string[]; index: Map<string, number> } {
  const workers = [...new Set(assignments.map((a) => a.workerId))];
  return { workers, index: new Map(workers.map((workerId, i) => [workerId, i + 1])) };
}

/** The replies of a pipeline, failing on the first error. */
function resultsOf(replies: [Error | null, unknown][] | null): unknown[] {
  return (replies ?? []).map(([error, value]) => {
    if (error) throw error;
    return value;
  });
}
