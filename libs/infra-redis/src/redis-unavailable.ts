import Redis from 'ioredis';
import { StoreUnavailableError } from '@asynctask/domain';

/** Runs one adapter call against Redis; see `whileReachable`. */
export type RedisCall = <T>(call: () => Promise<T>) => Promise<T>;

/**
 * What every Redis adapter method runs its commands through: when the call fails while the
 * connection is not up, callers see StoreUnavailableError (HTTP 503), not a client error. Other
 * errors (a script bug, a wrong type) pass as they are.
 */
export function whileReachable(redis: Redis): RedisCall {
  return async (call) => {
    try {
      return await call();
    } catch (error) {
      throw redis.status === 'ready' ? error : new StoreUnavailableError('Redis', redis.status);
    }
  };
}
