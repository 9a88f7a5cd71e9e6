import Redis from 'ioredis';
import { Assignment, LeasedTask, QueueEntry, QueueSizes, ReadyQueue, WorkerDispatch } from '@asynctask/domain';
import { BlockingPool } from './blocking-pool';
import { RedisKeys, inFlightMember, parseInFlightMember } from './redis-keys';
import { RedisScripts } from './redis-scripts';

/**
 * The ready queue, delayed set, worker queues and in-flight leases in Redis. Every change that
 * touches more than one key is one Lua script (see ./lua) or one MULTI.
 */
export class RedisDispatchQueue implements ReadyQueue, WorkerDispatch {
  constructor(
    private readonly redis: Redis,
    private readonly scripts: RedisScripts,
    private readonly keys: RedisKeys,
    private readonly blocking: BlockingPool,
  ) {}

  async enqueue(entries: readonly QueueEntry[], now: Date): Promise<void> {
    if (entries.length === 0) return;
    const args = entries.flatMap((e) => [e.taskId, e.priority, e.runAt.getTime()]);
    await this.scripts.run('enqueue', this.readyKeys(), [now.getTime(), ...args]);
  }

  promoteDue(now: Date, limit: number): Promise<number> {
    return this.scripts.run<number>('promote-due', this.readyKeys(), [now.getTime(), limit]);
  }

  async peek(limit: number): Promise<string[]> {
    // ZRANGE 0 -1 would be the whole queue.
    if (limit <= 0) return [];
    return this.redis.zrange(this.keys.ready, 0, limit - 1);
  }

  async remove(taskIds: readonly string[]): Promise<void> {
    if (taskIds.length === 0) return;
    await this.scripts.run('remove', [this.keys.ready, this.keys.delayed, this.keys.delayedPriority], taskIds);
  }

  waitForWork(timeoutMs: number): Promise<void> {
    return this.blocking.waitOn(this.keys.schedulerWake, timeoutMs);
  }

  async queued(taskIds: readonly string[]): Promise<boolean[]> {
    if (taskIds.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const taskId of taskIds) pipeline.zscore(this.keys.ready, taskId).zscore(this.keys.delayed, taskId);
    const scores = resultsOf(await pipeline.exec());
    return taskIds.map((_, i) => scores[2 * i] !== null || scores[2 * i + 1] !== null);
  }

  async hasStateMarker(): Promise<boolean> {
    return (await this.redis.exists(this.keys.stateMarker)) === 1;
  }

  async setStateMarker(): Promise<void> {
    await this.redis.set(this.keys.stateMarker, Date.now());
  }

  async sizes(): Promise<QueueSizes> {
    const workers = await this.redis.smembers(this.keys.workerQueues);
    const pipeline = this.redis.pipeline().zcard(this.keys.ready).zcard(this.keys.delayed).zcard(this.keys.inFlight);
    for (const workerId of workers) pipeline.llen(this.keys.workerQueue(workerId));
    const counts = ((await pipeline.exec()) ?? []).map(([error, value]) => {
      if (error) throw error;
      return Number(value);
    });
    const [ready, delayed, inFlight, ...queued] = counts;
    return { ready, delayed, inFlight, dispatched: queued.reduce((sum, n) => sum + n, 0) };
  }

  async dispatch(assignments: readonly Assignment[], fencingToken: number): Promise<string[]> {
    if (assignments.length === 0) return [];
    const workers = [...new Set(assignments.map((a) => a.workerId))];
    const index = new Map(workers.map((workerId, i) => [workerId, i + 1]));
    const keys = [this.keys.leader, this.keys.ready, this.keys.workerQueues];
    for (const workerId of workers) keys.push(this.keys.workerQueue(workerId), this.keys.workerWake(workerId));
    const args = [fencingToken, ...workers, ...assignments.flatMap((a) => [a.taskId, index.get(a.workerId) as number])];
    return this.scripts.run<string[]>('dispatch', keys, args);
  }

  async take(workerId: string, max: number, leaseUntil: Date, waitMs: number): Promise<string[]> {
    const taken = await this.takeNow(workerId, max, leaseUntil);
    if (taken.length > 0 || waitMs <= 0) return taken;
    await this.blocking.waitOn(this.keys.workerWake(workerId), waitMs);
    return this.takeNow(workerId, max, leaseUntil);
  }

  async renew(workerId: string, taskIds: readonly string[], leaseUntil: Date): Promise<void> {
    if (taskIds.length === 0) return;
    const members = taskIds.flatMap((taskId) => [leaseUntil.getTime(), inFlightMember(workerId, taskId)]);
    await this.redis.zadd(this.keys.inFlight, 'XX', ...members);
  }

  async ack(workerId: string, taskIds: readonly string[]): Promise<void> {
    if (taskIds.length === 0) return;
    // A freed slot is a reason for the scheduler to look again.
    await this.redis
      .multi()
      .zrem(this.keys.inFlight, ...taskIds.map((taskId) => inFlightMember(workerId, taskId)))
      .lpush(this.keys.schedulerWake, 1)
      .ltrim(this.keys.schedulerWake, 0, 0)
      .exec();
  }

  async expiredLeases(now: Date, limit: number): Promise<LeasedTask[]> {
    const raw = await this.redis.zrangebyscore(this.keys.inFlight, '-inf', `(${now.getTime()}`, 'WITHSCORES', 'LIMIT', 0, limit);
    const leases: LeasedTask[] = [];
    for (let i = 0; i < raw.length; i += 2) {
      leases.push({ ...parseInFlightMember(raw[i]), leaseUntil: new Date(Number(raw[i + 1])) });
    }
    return leases;
  }

  async holds(assignments: readonly Assignment[]): Promise<boolean[]> {
    if (assignments.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const { taskId, workerId } of assignments) {
      pipeline.lpos(this.keys.workerQueue(workerId), taskId).zscore(this.keys.inFlight, inFlightMember(workerId, taskId));
    }
    const found = resultsOf(await pipeline.exec());
    return assignments.map((_, i) => found[2 * i] !== null || found[2 * i + 1] !== null);
  }

  async restoreLeases(leases: readonly LeasedTask[]): Promise<void> {
    if (leases.length === 0) return;
    // NX: an entry the worker renewed meanwhile keeps its own deadline.
    const members = leases.flatMap((l) => [l.leaseUntil.getTime(), inFlightMember(l.workerId, l.taskId)]);
    await this.redis.zadd(this.keys.inFlight, 'NX', ...members);
  }

  releaseQueued(workerId: string): Promise<string[]> {
    return this.scripts.run<string[]>('release-queued', [this.keys.workerQueue(workerId), this.keys.workerQueues], [workerId]);
  }

  async interrupt(workerId: string): Promise<void> {
    const wake = this.keys.workerWake(workerId);
    await this.redis.multi().lpush(wake, 1).ltrim(wake, 0, 0).exec();
  }

  private takeNow(workerId: string, max: number, leaseUntil: Date): Promise<string[]> {
    const keys = [this.keys.workerQueue(workerId), this.keys.inFlight, this.keys.workerWake(workerId)];
    return this.scripts.run<string[]>('take', keys, [workerId, max, leaseUntil.getTime()]);
  }

  private readyKeys(): string[] {
    return [this.keys.ready, this.keys.delayed, this.keys.delayedPriority, this.keys.sequence, this.keys.schedulerWake];
  }
}

/** The replies of a pipeline, failing on the first error. */
function resultsOf(replies: [Error | null, unknown][] | null): unknown[] {
  return (replies ?? []).map(([error, value]) => {
    if (error) throw error;
    return value;
  });
}
