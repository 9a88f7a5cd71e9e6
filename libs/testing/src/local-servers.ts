import Redis from 'ioredis';
import { Connection, createConnection } from 'mysql2/promise';
import { createServer } from 'node:net';

// What the multi-process suites and the benchmark need around the real servers they start apps on.

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Runs `work` on a connection to the server `databaseUrl` points at, with no database selected. */
export async function onServer<T>(databaseUrl: string, work: (connection: Connection) => Promise<T>): Promise<T> {
  const url = new URL(databaseUrl);
  const connection = await createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username) || 'root',
    password: decodeURIComponent(url.password),
  });
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

/** Drops one database of the server `databaseUrl` points at. */
export function dropDatabase(databaseUrl: string, database: string): Promise<void> {
  return onServer(databaseUrl, async (connection) => {
    await connection.query('DROP DATABASE IF EXISTS ??', [database]);
  });
}

/** Deletes every key that starts with `prefix` in the db of `redisUrl`; returns how many. */
export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

/**
 * Polls `check` until it returns a value, or fails after `timeoutMs` with the last reason.
 * Used only where the only way to observe a process is to ask it again.
 */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 30_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
