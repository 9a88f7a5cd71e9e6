import { InvalidRedisPrefixError, RedisKeys } from './redis-keys';

/** The part of a key Redis Cluster hashes: the first non-empty `{…}`, else the whole key. */
function hashTagOf(key: string): string {
  const open = key.indexOf('{');
  const close = open < 0 ? -1 : key.indexOf('}', open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : key;
}

const keys = new RedisKeys('asynctask');
const everyKey = [
  keys.ready,
  keys.delayed,
  keys.delayedPriority,
  keys.sequence,
  keys.workerQueue('w1'),
  keys.workerQueues,
  keys.inFlight,
  keys.workers,
  keys.leader,
  keys.leaderEpoch,
  keys.schedulerWake,
  keys.workerWake('w1'),
];

describe('RedisKeys', () => {
  it('puts every key in one Cluster slot through the same hash tag, so one script may touch them all', () => {
    expect(new Set(everyKey.map(hashTagOf))).toEqual(new Set(['main']));
  });

  it('keeps the hash tag when a worker id carries braces of its own', () => {
    expect(hashTagOf(keys.workerQueue('{w2}'))).toBe('main');
    expect(hashTagOf(keys.workerWake('{w2}'))).toBe('main');
  });

  it('gives every key its own name under the prefix', () => {
    expect(new Set(everyKey).size).toBe(everyKey.length);
    for (const key of everyKey) expect(key.startsWith('asynctask:{main}:')).toBe(true);
  });

  it('keeps installations with different prefixes apart', () => {
    const other = new RedisKeys('other');
    expect(other.ready).not.toBe(keys.ready);
    expect(other.eventChannel('task.cancelled')).not.toBe(keys.eventChannel('task.cancelled'));
    expect(keys.workerQueue('w1')).not.toBe(keys.workerQueue('w2'));
  });

  it.each(['', 'a{b}', 'has space', 'x'.repeat(65)])('refuses the prefix %p, which would break the keys or their slot', (prefix) => {
    expect(() => new RedisKeys(prefix)).toThrow(InvalidRedisPrefixError);
  });
});
