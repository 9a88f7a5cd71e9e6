import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { WorkerProps } from '@asynctask/domain';
import { RedisAdapters, createRedisAdapters } from './create-redis-adapters';
import { openRedis } from './redis-connection';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A worker whose every field would trip a careless JSON round trip through Lua's cjson. */
const awkward: WorkerProps = {
  workerId: 'wörker "1"/\\ \n',
  workerName: 'naïve / "quoted" \u2028 🚀',
  address: '[::1]:9465',
  status: 'DRAINING',
  capacity: 10_000,
  currentLoad: 0,
  executorTypes: [],
  lastHeartbeat: new Date('2026-02-03T04:05:06.789Z'),
  startedAt: new Date('2026-02-03T04:05:00.001Z'),
};

/** The heartbeat rewrites the stored JSON inside Redis; the contract suite checks only plain workers. */
describe('RedisWorkerRegistry heartbeat', () => {
  let raw: Redis;
  let adapters: RedisAdapters;
  let prefix: string;

  beforeEach(async () => {
    prefix = `test-registry-${process.pid}-${randomBytes(4).toString('hex')}`;
    raw = await openRedis(REDIS_URL);
    adapters = await createRedisAdapters(REDIS_URL, { prefix });
  });

  afterEach(async () => {
    await adapters?.close();
    const stream = raw.scanStream({ match: `${prefix}:*`, count: 100 });
    for await (const batch of stream as AsyncIterable<string[]>) if (batch.length > 0) await raw.del(...batch);
    await raw.quit();
  });

  it('keeps every other field exactly as registered, an empty executor list included', async () => {
    await adapters.registry.register(awkward);
    const at = new Date('2286-11-20T17:46:39.999Z');
    expect(await adapters.registry.heartbeat(awkward.workerId, 9_999, at)).toBe('DRAINING');
    expect(await adapters.registry.list()).toEqual([{ ...awkward, currentLoad: 9_999, lastHeartbeat: at }]);
    expect(await adapters.registry.heartbeat(awkward.workerId, 1, awkward.startedAt)).toBe('DRAINING');
    expect(await adapters.registry.list()).toEqual([{ ...awkward, currentLoad: 1, lastHeartbeat: awkward.startedAt }]);
  });
});
