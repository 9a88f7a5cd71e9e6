import Redis from 'ioredis';
import { maskUrlPassword } from '@asynctask/domain';

export class InvalidRedisUrlError extends Error {
  constructor(url: string) {
    super(`REDIS_URL ${JSON.stringify(maskUrlPassword(url))} is not a redis:// or rediss:// URL`);
    this.name = 'InvalidRedisUrlError';
  }
}

export class RedisUnreachableError extends Error {
  constructor(host: string, cause: string) {
    super(`cannot reach Redis at ${host}: ${cause}`);
    this.name = 'RedisUnreachableError';
  }
}

/** The server answered but refused the credentials of REDIS_URL (or asked for some it did not carry). */
export class RedisLoginRefusedError extends Error {
  constructor(host: string, user: string, reply: string) {
    super(`Redis at ${host} refused the login for user ${user}: ${reply}`);
    this.name = 'RedisLoginRefusedError';
  }
}

/** Server replies that mean the credentials, not the network, are wrong. */
const LOGIN_REFUSED_REPLY = /^(WRONGPASS|NOAUTH)\b/;

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
    const cause = e.code ?? e.message ?? String(e);
    throw LOGIN_REFUSED_REPLY.test(cause) ? new RedisLoginRefusedError(parsed.host, decodeURIComponent(parsed.username) || 'default', cause) : new RedisUnreachableError(parsed.host, cause);
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
