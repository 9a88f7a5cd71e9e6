import { BlockingPool } from './blocking-pool';
import { RedisCancellationBus } from './redis-cancellation-bus';
import { openRedis } from './redis-connection';
import { RedisConnectionOptions } from './redis-connection-options';
import { RedisDispatchQueue } from './redis-dispatch-queue';
import { RedisKeys } from './redis-keys';
import { RedisLeaderElection } from './redis-leader-election';
import { RedisScripts } from './redis-scripts';
import { whileReachable } from './redis-unavailable';
import { RedisWorkerRegistry } from './redis-worker-registry';

export interface RedisAdapterOptions extends RedisConnectionOptions {
  /** Every key starts with it; several installations can share one Redis. */
  readonly prefix: string;
}

/** The Redis-backed ports over one connection, plus the extra ones blocking pops and pub/sub need. */
export async function createRedisAdapters(url: string, options: RedisAdapterOptions) {
  // The prefix is checked before connecting, so a bad one leaves no connection behind.
  const keys = new RedisKeys(options.prefix);
  const redis = await openRedis(url, options);
  const scripts = new RedisScripts(redis);
  const blocking = new BlockingPool(redis);
  const call = whileReachable(redis);
  const cancellations = new RedisCancellationBus(redis, keys.cancellations, call);
  return {
    queue: new RedisDispatchQueue(redis, scripts, keys, blocking, call),
    election: new RedisLeaderElection(redis, scripts, keys, call),
    registry: new RedisWorkerRegistry(redis, scripts, keys, call),
    cancellations,
    keys,
    ping: async (): Promise<void> => {
      await redis.ping();
    },
    close: async (): Promise<void> => {
      blocking.close();
      cancellations.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

export type RedisAdapters = Awaited<ReturnType<typeof createRedisAdapters>>;
