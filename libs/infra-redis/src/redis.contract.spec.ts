import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import {
  describeDispatchQueueContract,
  describeFaultyDispatchQueueContract,
  describeLeaderElectionContract,
  describeWorkerRegistryContract,
} from '@asynctask/testing';
import { RedisAdapters, createRedisAdapters } from './create-redis-adapters';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A fresh key prefix per test, its keys deleted afterwards: the shared server is never flushed. */
async function isolated(): Promise<RedisAdapters> {
  const prefix = `test-${process.pid}-${randomBytes(4).toString('hex')}`;
  const adapters = await createRedisAdapters(REDIS_URL, { prefix });
  return {
    ...adapters,
    close: async () => {
      await adapters.close();
      await deleteKeys(prefix);
    },
  };
}

async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

describeDispatchQueueContract('redis', isolated);
describeFaultyDispatchQueueContract('redis', isolated);
describeLeaderElectionContract('redis', isolated);
describeWorkerRegistryContract('redis', isolated);
