import { randomBytes } from 'node:crypto';
import { StoreUnavailableError } from '@asynctask/domain';
import { createRedisAdapters } from './create-redis-adapters';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A Redis that is not reachable is StoreUnavailableError (HTTP 503) from every adapter, never a client error. */
describe('Redis adapters without a connection', () => {
  it('answer every call with StoreUnavailableError', async () => {
    const adapters = await createRedisAdapters(REDIS_URL, { prefix: `test-down-${process.pid}-${randomBytes(4).toString('hex')}` });
    await adapters.close();
    const calls: [string, () => Promise<unknown>][] = [
      ['queue.peek', () => adapters.queue.peek(1)],
      ['queue.enqueue', () => adapters.queue.enqueue([{ taskId: 'a', priority: 5, runAt: new Date() }], new Date())],
      ['queue.take', () => adapters.queue.take('w1', 1, new Date(), 0)],
      ['queue.sizes', () => adapters.queue.sizes()],
      ['queue.holds', () => adapters.queue.holds([{ taskId: 'a', workerId: 'w1' }])],
      ['election.tryAcquire', () => adapters.election.tryAcquire('s1', 1000)],
      ['registry.list', () => adapters.registry.list()],
      ['registry.heartbeat', () => adapters.registry.heartbeat('w1', 0, new Date())],
    ];
    for (const [name, call] of calls) {
      const error = await call().then(() => null, (e: unknown) => e);
      expect({ name, error }).toEqual({ name, error: expect.any(StoreUnavailableError) });
      expect((error as Error).message).toMatch(/^Redis is unavailable: /);
    }
  });
});
