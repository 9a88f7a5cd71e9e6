import { UuidV7Generator, systemClock } from '@asynctask/application';
import { createMysqlAdapters, migrateDatabase } from '@asynctask/infra-mysql';
import { RedisConnectionOptions, createRedisAdapters, parseSentinelList } from '@asynctask/infra-redis';
import { AdapterSet, PrometheusTaskMetrics, StoreEnvironment, TransportClusterEvents } from '@asynctask/nest-runtime';

/**
 * The distributed apps' stores: MySQL for tasks, configs, logs and workers (the source of truth),
 * Redis for dispatch state and, through Nest's Redis transport, the events between processes.
 * Migrations run first, under a MySQL named lock.
 */
export async function openDistributedAdapters(env: StoreEnvironment): Promise<AdapterSet> {
  // Redis first: its check has no side effects, while migrating may create the database.
  const redis = await createRedisAdapters(env.REDIS_URL, { prefix: env.REDIS_PREFIX, ...redisConnection(env) });
  const mysql = await migrateDatabase(env.DATABASE_URL)
    .then(() => createMysqlAdapters(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE }))
    .catch(async (error: unknown) => {
      await redis.close();
      throw error;
    });
  return {
    ports: {
      tasks: mysql.tasks,
      logs: mysql.logs,
      configs: mysql.configs,
      workers: mysql.workers,
      registry: redis.registry,
      queue: redis.queue,
      election: redis.election,
      events: new TransportClusterEvents(redis.eventTransport.client),
      clock: systemClock,
      ids: new UuidV7Generator(),
      metrics: new PrometheusTaskMetrics(),
    },
    eventTransport: redis.eventTransport,
    probes: [
      { name: 'mysql', check: () => mysql.ping() },
      { name: 'redis', check: () => redis.ping() },
    ],
    close: async () => {
      await redis.close();
      await mysql.close();
    },
  };
}

function redisConnection(env: StoreEnvironment): RedisConnectionOptions {
  return {
    tls: { caFile: env.REDIS_TLS_CA, certFile: env.REDIS_TLS_CERT, keyFile: env.REDIS_TLS_KEY },
    sentinel: env.REDIS_SENTINELS
      ? { sentinels: parseSentinelList(env.REDIS_SENTINELS), masterName: env.REDIS_SENTINEL_NAME, password: env.REDIS_SENTINEL_PASSWORD }
      : undefined,
  };
}
