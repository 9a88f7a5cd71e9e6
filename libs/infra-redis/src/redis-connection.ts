import Redis from 'ioredis';

export class InvalidRedisUrlError extends Error {
  constructor(url: string) {
    super(`REDIS_URL ${JSON.stringify(url)} is not a redis:// or rediss:// URL`);
    this.name = 'InvalidRedisUrlError';
  }
}

export class RedisUnreachableError extends Error {
  constructor(host: string, cause: string) {
    super(`cannot reach Redis at ${host}: ${cause}`);
    this.name = 'RedisUnreachableError';
  }
}

/** Waits between reconnects once the connection was up; none before, so a bad start fails once. */
function reconnectDelay(wasReady: () => boolean) {
  return (attempt: number): number | null => (wasReady() ? Math.min(attempt * 100, 2000) : null);
}

/**
 * Opens a connection and waits until it is up, failing in one line if the server cannot be
 * reached. Once up, ioredis reconnects by itself and commands fail fast while it is down.
 */
export async function openRedis(url: string): Promise<Redis> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidRedisUrlError(url);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new InvalidRedisUrlError(url);
  let ready = false;
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 2,
    connectTimeout: 5000,
    enableOfflineQueue: true,
    retryStrategy: reconnectDelay(() => ready),
  });
  // ioredis rejects a failed connect with "Connection is closed."; the cause comes as an error event.
  let firstError: unknown;
  // Errors reach callers through their commands; without a listener ioredis would print each retry.
  redis.on('error', (error: unknown) => (firstError ??= error));
  try {
    await redis.connect();
  } catch (error) {
    // No retry was scheduled and the socket is gone: disconnect() here would only hold a 2 s timer.
    const e = (firstError ?? error) as { code?: string; message?: string };
    throw new RedisUnreachableError(parsed.host, e.code ?? e.message ?? String(e));
  }
  ready = true;
  return redis;
}

/** A second connection for blocking commands, which would stall everything else on a shared one. */
export async function duplicateConnection(redis: Redis): Promise<Redis> {
  const copy = redis.duplicate({ lazyConnect: true });
  copy.on('error', () => undefined);
  await copy.connect();
  return copy;
}
