import Redis from 'ioredis';
import { onServer } from '@asynctask/testing/local-servers';

// Users of a test's own, with passwords, on the shared servers: what a deployment's credentials look like.

/** A MySQL user with `password`, allowed everything on `database` (which may not exist yet). */
export async function createMysqlUser(serverUrl: string, user: string, password: string, database: string): Promise<void> {
  await onServer(serverUrl, async (connection) => {
    await connection.query('CREATE USER ?@? IDENTIFIED BY ?', [user, '%', password]);
    await connection.query('GRANT ALL PRIVILEGES ON ??.* TO ?@?', [database, user, '%']);
  });
}

export async function dropMysqlUser(serverUrl: string, user: string): Promise<void> {
  await onServer(serverUrl, (connection) => connection.query('DROP USER IF EXISTS ?@?', [user, '%']));
}

/** A Redis ACL user with `password`, allowed every command, key and channel. */
export async function createRedisUser(redisUrl: string, user: string, password: string): Promise<void> {
  await onRedis(redisUrl, (redis) => redis.call('ACL', 'SETUSER', user, 'on', `>${password}`, '~*', '&*', '+@all'));
}

export async function dropRedisUser(redisUrl: string, user: string): Promise<void> {
  await onRedis(redisUrl, (redis) => redis.call('ACL', 'DELUSER', user));
}

/** `url` with these credentials (and, when given, another database path). */
export function withCredentials(url: string, user: string, password: string, path?: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = password;
  if (path !== undefined) parsed.pathname = path;
  return parsed.href;
}

async function onRedis<T>(redisUrl: string, work: (redis: Redis) => Promise<T>): Promise<T> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    return await work(redis);
  } finally {
    redis.disconnect();
  }
}
