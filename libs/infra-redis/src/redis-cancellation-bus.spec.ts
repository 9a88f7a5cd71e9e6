import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { RedisAdapters, createRedisAdapters } from './create-redis-adapters';
import { RedisCancellationBus } from './redis-cancellation-bus';
import { openRedis } from './redis-connection';
import { whileReachable } from './redis-unavailable';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** What the contract suite leaves out: how many connections a bus keeps subscribed. */
describe('RedisCancellationBus connections', () => {
  let raw: Redis;
  let adapters: RedisAdapters;

  beforeEach(async () => {
    raw = await openRedis(REDIS_URL);
    adapters = await createRedisAdapters(REDIS_URL, { prefix: `test-bus-${process.pid}-${randomBytes(4).toString('hex')}` });
  });

  afterEach(async () => {
    await adapters?.close();
    await raw?.quit();
  });

  const subscribedConnections = async (): Promise<number> => {
    const [, count] = (await raw.pubsub('NUMSUB', adapters.keys.cancellations)) as [string, number];
    return Number(count);
  };

  it('subscribes nothing before the first subscriber', async () => {
    expect(await subscribedConnections()).toBe(0);
  });

  it('serves every subscriber from one connection, even when they subscribe at the same time', async () => {
    const stops = await Promise.all([adapters.cancellations.subscribe(() => undefined), adapters.cancellations.subscribe(() => undefined)]);
    expect(await subscribedConnections()).toBe(1);
    await adapters.cancellations.subscribe(() => undefined);
    expect(await subscribedConnections()).toBe(1);
    for (const stop of stops) await stop();
  });

  it('keeps delivering to the others when one subscriber throws, and reports the error', async () => {
    const reported: unknown[] = [];
    const bus = new RedisCancellationBus(raw, adapters.keys.cancellations, whileReachable(raw), (error) => reported.push(error));
    const received: string[] = [];
    let allDelivered = () => undefined as void;
    const delivered = new Promise<void>((resolve) => (allDelivered = resolve));
    await bus.subscribe(() => {
      throw new Error('a handler failing');
    });
    await bus.subscribe((taskId) => {
      received.push(taskId);
      if (received.length === 2) allDelivered();
    });
    await bus.publish('task-1');
    await bus.publish('task-2');
    await delivered;
    bus.close();
    expect(received).toEqual(['task-1', 'task-2']);
    expect(reported).toEqual([new Error('a handler failing'), new Error('a handler failing')]);
  });
});
