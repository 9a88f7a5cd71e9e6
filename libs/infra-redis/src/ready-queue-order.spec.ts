import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { QueueEntry } from '@asynctask/domain';
import { RedisAdapters, createRedisAdapters } from './create-redis-adapters';
import { openRedis } from './redis-connection';
import { RedisKeys } from './redis-keys';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const NOW = new Date('2026-01-01T00:00:00.000Z');
const due = (taskId: string, priority: number): QueueEntry => ({ taskId, priority, runAt: NOW });
/** Arrivals a priority holds before its scores reach the next one's. */
const PER_PRIORITY = 1e13;

/** The ready score is priority * 1e13 + arrival: these check that it stays exact at its limits. */
describe('Redis ready queue scores', () => {
  let raw: Redis;
  let adapters: RedisAdapters;
  let keys: RedisKeys;

  beforeEach(async () => {
    keys = new RedisKeys(`test-order-${process.pid}-${randomBytes(4).toString('hex')}`);
    raw = await openRedis(REDIS_URL);
    adapters = await createRedisAdapters(REDIS_URL, { prefix: keys.prefix });
  });

  afterEach(async () => {
    await adapters?.close();
    const stream = raw.scanStream({ match: `${keys.prefix}:*`, count: 100 });
    for await (const batch of stream as AsyncIterable<string[]>) if (batch.length > 0) await raw.del(...batch);
    await raw.quit();
  });

  it('stores exact integer scores for every priority even with the arrival counter near its limit', async () => {
    await raw.set(keys.sequence, PER_PRIORITY - 12);
    const priorities = [10, 1, 5, 9, 2, 8, 3, 7, 4, 6];
    await adapters.queue.enqueue(priorities.map((p) => due(`p${p}`, p)), NOW);
    for (const [i, p] of priorities.entries()) {
      expect(await raw.zscore(keys.ready, `p${p}`)).toBe(String(p * PER_PRIORITY + PER_PRIORITY - 11 + i));
    }
    expect(await adapters.queue.peek(10)).toEqual(priorities.slice().sort((a, b) => a - b).map((p) => `p${p}`));
  });

  it('keeps FIFO within the lowest priority, where scores are largest, one arrival apart', async () => {
    await raw.set(keys.sequence, PER_PRIORITY - 1001);
    const ids = Array.from({ length: 1000 }, (_, i) => `t${String(i).padStart(4, '0')}`);
    // Enqueued in an order unlike the ids' sort order, so only the scores can give this order back.
    const arrival = [...ids].reverse();
    for (let i = 0; i < arrival.length; i += 100) await adapters.queue.enqueue(arrival.slice(i, i + 100).map((id) => due(id, 10)), NOW);
    expect(await adapters.queue.peek(1000)).toEqual(arrival);
    expect(new Set((await raw.zrange(keys.ready, 0, -1, 'WITHSCORES')).filter((_, i) => i % 2 === 1)).size).toBe(1000);
  });

  it('keeps a priority 1 task that arrives last ahead of every priority 2 task', async () => {
    await adapters.queue.enqueue([due('early-2', 2)], NOW);
    await raw.set(keys.sequence, PER_PRIORITY - 2);
    await adapters.queue.enqueue([due('late-1', 1), due('late-2', 2)], NOW);
    expect(await adapters.queue.peek(10)).toEqual(['late-1', 'early-2', 'late-2']);
  });

  it('puts a promoted delayed task behind ready ones of its priority, with an exact score', async () => {
    await adapters.queue.enqueue([{ taskId: 'later', priority: 3, runAt: new Date(NOW.getTime() + 1000) }], NOW);
    await raw.set(keys.sequence, PER_PRIORITY - 3);
    await adapters.queue.enqueue([due('ready', 3)], NOW);
    expect(await adapters.queue.promoteDue(new Date(NOW.getTime() + 1000), 10)).toBe(1);
    expect(await adapters.queue.peek(10)).toEqual(['ready', 'later']);
    expect(await raw.zscore(keys.ready, 'later')).toBe(String(3 * PER_PRIORITY + PER_PRIORITY - 1));
    expect(await raw.hlen(keys.delayedPriority)).toBe(0);
  });
});
