import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { QueueEntry } from '@asynctask/domain';
import { RedisAdapters, createRedisAdapters } from './create-redis-adapters';
import { openRedis } from './redis-connection';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const NOW = new Date('2026-01-01T00:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const due = (taskId: string): QueueEntry => ({ taskId, priority: 5, runAt: NOW });

/** Edges of the Redis queue the contract suite does not reach. */
describe('RedisDispatchQueue', () => {
  let raw: Redis;
  let adapters: RedisAdapters;
  let prefix: string;
  let token: number;

  beforeEach(async () => {
    prefix = `test-queue-${process.pid}-${randomBytes(4).toString('hex')}`;
    raw = await openRedis(REDIS_URL);
    adapters = await createRedisAdapters(REDIS_URL, { prefix });
    token = (await adapters.election.tryAcquire('leader', 60_000))?.fencingToken ?? -1;
    await adapters.queue.enqueue([due('a'), due('b'), { taskId: 'c', priority: 5, runAt: later(10) }], NOW);
    expect(await adapters.queue.moveToWorkers([{ taskId: 'b', workerId: 'w1' }], token)).toEqual(['b']);
    expect(await adapters.queue.take('w1', 1, later(5), 0)).toEqual(['b']);
  });

  afterEach(async () => {
    await adapters?.close();
    const stream = raw.scanStream({ match: `${prefix}:*`, count: 100 });
    for await (const batch of stream as AsyncIterable<string[]>) if (batch.length > 0) await raw.del(...batch);
    await raw.quit();
  });

  it('gives nothing when asked for none', async () => {
    expect(await adapters.queue.peek(0)).toEqual([]);
    expect(await adapters.queue.promoteDue(later(60_000), 0)).toBe(0);
    expect(await adapters.queue.expiredLeases(later(60_000), 0)).toEqual([]);
    expect(await adapters.queue.take('w1', 0, later(5), 0)).toEqual([]);
    expect(await adapters.queue.sizes()).toEqual({ ready: 1, delayed: 1, dispatched: 0, inFlight: 1 });
  });

  it('does nothing for empty batches', async () => {
    await adapters.queue.enqueue([], NOW);
    await adapters.queue.remove([]);
    await adapters.queue.renewLeases('w1', [], later(9));
    await adapters.queue.ack('w1', []);
    expect(await adapters.queue.sizes()).toEqual({ ready: 1, delayed: 1, dispatched: 0, inFlight: 1 });
    expect(await adapters.queue.expiredLeases(later(6), 10)).toEqual([{ taskId: 'b', workerId: 'w1', leaseUntil: later(5) }]);
  });

  it('keeps exact lease deadlines and worker ids with separators in them', async () => {
    const workerId = 'host:9465|pid 42';
    expect(await adapters.queue.moveToWorkers([{ taskId: 'a', workerId }], token)).toEqual(['a']);
    const deadline = new Date('2286-11-20T17:46:39.999Z');
    expect(await adapters.queue.take(workerId, 5, deadline, 0)).toEqual(['a']);
    expect(await adapters.queue.expiredLeases(new Date(deadline.getTime() + 1), 10)).toContainEqual({ taskId: 'a', workerId, leaseUntil: deadline });
  });

  it('reads back the worker and task of a lease even for a worker id with a newline in it', async () => {
    const workerId = 'host\nname|1';
    expect(await adapters.queue.moveToWorkers([{ taskId: 'a', workerId }], token)).toEqual(['a']);
    expect(await adapters.queue.take(workerId, 1, later(7), 0)).toEqual(['a']);
    expect(await adapters.queue.holds([{ taskId: 'a', workerId }, { taskId: 'a', workerId: 'host' }])).toEqual([true, false]);
    expect(await adapters.queue.expiredLeases(later(8), 10)).toContainEqual({ taskId: 'a', workerId, leaseUntil: later(7) });
    await adapters.queue.ack(workerId, ['a']);
    expect(await adapters.queue.holds([{ taskId: 'a', workerId }])).toEqual([false]);
  });
});
