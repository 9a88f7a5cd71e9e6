import { BlockingPool } from './blocking-pool';
import { openRedis } from './redis-connection';
import { RedisConnectionOptions } from './redis-connection-options';
import { RedisDispatchQueue } from './redis-dispatch-queue';
import { redisEventTransport } from './redis-event-transport';
import { RedisKeys } from './redis-keys';
import { RedisLeaderElection } from './redis-leader-election';
import { RedisScripts } from './redis-scripts';
import { whileReachable } from './redis-unavailable';
import { RedisWorkerRegistry } from './redis-worker-registry';

export interface RedisAdapterOptions extends RedisConnectionOptions {
  /** Every key starts with it; several installations can share one Redis. */
  readonly prefix: string;
}

/**
 * The Redis-backed ports over one connection, plus the extra ones blocking pops need, and the
 * transport of the events between processes (Nest's, over connections of its own with the same settings).
 */
export async function createRedisAdapters(url: string, options: RedisAdapterOptions) {
  // The prefix is checked before connecting, so a bad one leaves no connection behind.
  const keys = new RedisKeys(options.prefix);
  const redis = await openRedis(url, options);
  const scripts = new RedisScripts(redis);
  const blocking = new BlockingPool(redis);
  const call = whileReachable(redis);
  const eventTransport = redisEventTransport(keys, redis.options);
  return {
    queue: new RedisDispatchQueue(redis, scripts, keys, blocking, call),
    election: new RedisLeaderElection(redis, scripts, keys, call),
    registry: new RedisWorkerRegistry(redis, scripts, keys, call),
    eventTransport,
    keys,
    ping: async (): Promise<void> => {
      await redis.ping();
    },
    close: async (): Promise<void> => {
      blocking.close();
      await eventTransport.client.close().catch(() => undefined);
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

export type RedisAdapters = Awaited<ReturnType<typeof createRedisAdapters>>;
