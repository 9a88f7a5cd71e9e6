import Redis from 'ioredis';
import { RedisConnectionOptions, connectionOptions } from './redis-connection-options';

export class InvalidRedisUrlError extends Error {
  constructor(reason: string) {
    super(`REDIS_URL ${reason}; expected redis://[:password@]host:6379[/db] or rediss://...`);
    this.name = 'InvalidRedisUrlError';
  }
}

export class RedisUnreachableError extends Error {
  constructor(where: string, cause: string) {
    super(`cannot reach Redis ${where}: ${cause}`);
    this.name = 'RedisUnreachableError';
  }
}

/** Checks the URL's scheme; the rest of it ioredis reads itself. */
function parseRedisUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidRedisUrlError('is not a URL');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new InvalidRedisUrlError(`has protocol ${parsed.protocol}`);
  return parsed;
}

/** The server answered but refused the credentials of REDIS_URL (or asked for some it did not carry). */
export class RedisLoginRefusedError extends Error {
  constructor(where: string, user: string, reply: string) {
    super(`Redis ${where} refused the login for user ${user}: ${reply}`);
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
 * reached. Once up, ioredis reconnects by itself (through Sentinel to whichever node is master
 * then) and commands fail fast while it is down.
 */
export async function openRedis(url: string, options: RedisConnectionOptions = {}): Promise<Redis> {
  const parsed = parseRedisUrl(url);
  let ready = false;
  const redis = new Redis(url, {
    ...connectionOptions(parsed, options),
    lazyConnect: true,
    maxRetriesPerRequest: 2,
    connectTimeout: 5000,
    enableOfflineQueue: true,
    retryStrategy: reconnectDelay(() => ready),
    sentinelRetryStrategy: reconnectDelay(() => ready),
  });
  // ioredis rejects a failed connect with "Connection is closed."; the cause comes as an error event.
  let firstError: unknown;
  // Errors reach callers through their commands; without a listener ioredis would print each retry.
  redis.on('error', (error: unknown) => (firstError ??= error));
  let lastSentinelError: Error | undefined;
  redis.on('sentinelError', (error: Error) => (lastSentinelError = error));
  try {
    await redis.connect();
  } catch (error) {
    // No retry was scheduled and the socket is gone: disconnect() here would only hold a 2 s timer.
    const where = options.sentinel
      ? `through Sentinel ${options.sentinel.sentinels.map((s) => `${s.host}:${s.port}`).join(',')} (master ${options.sentinel.masterName})`
      : `at ${parsed.host}`;
    const cause = describeCause(firstError ?? error, parsed.protocol === 'rediss:', lastSentinelError, options.sentinel?.masterName);
    if (LOGIN_REFUSED_REPLY.test(cause)) throw new RedisLoginRefusedError(where, decodeURIComponent(parsed.username) || 'default', cause);
    throw new RedisUnreachableError(where, cause);
  }
  ready = true;
  return redis;
}

/** Why a first connection failed, in words where the error's code alone would not say. */
function describeCause(error: unknown, tls: boolean, sentinelError: Error | undefined, masterName: string | undefined): string {
  const { code, message = String(error) } = error as { code?: string; message?: string };
  if (message.startsWith('All sentinels are unreachable') && sentinelError) {
    // Older sentinels answer an unknown name with null, Redis 7's with an error.
    if (/invalid reply: null$|No such master/.test(sentinelError.message)) return `no sentinel knows a master named ${masterName}`;
    return /Connection is closed\.$/.test(sentinelError.message) ? 'no sentinel answered' : sentinelError.message;
  }
  // The server hung up before answering: a TLS-only server does so to a plain client, and a server
  // that wants a client certificate does so to a client without one.
  if (code === 'ECONNRESET' || message === 'Connection is closed.') {
    return tls
      ? 'the server closed the connection during the TLS handshake; does it want a client certificate (REDIS_TLS_CERT, REDIS_TLS_KEY)?'
      : 'the server closed the connection; does it accept only TLS (rediss://)?';
  }
  if (code === undefined) return message;
  if (/^E[A-Z]+$/.test(code)) return code; // ECONNREFUSED, ETIMEDOUT, ...
  if (/CERTIFICATE_REQUIRED/.test(code)) return 'TLS: the server wants a client certificate (REDIS_TLS_CERT, REDIS_TLS_KEY)';
  // OpenSSL's own errors carry a short reason beside a long message.
  if (/CERT|SSL|TLS|SELF_SIGNED|ISSUER/.test(code)) return `TLS: ${(error as { reason?: string }).reason ?? message}`;
  return message;
}

/** A second connection for blocking commands, which would stall everything else on a shared one. */
export async function duplicateConnection(redis: Redis): Promise<Redis> {
  const copy = redis.duplicate({ lazyConnect: true });
  copy.on('error', () => undefined);
  try {
    await copy.connect();
  } catch (error) {
    // It would otherwise go on reconnecting in the background with nobody to close it.
    copy.disconnect();
    throw error;
  }
  return copy;
}
