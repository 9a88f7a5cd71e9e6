import { randomBytes } from 'node:crypto';
import { createRedisAdapters } from './create-redis-adapters';
import Redis from 'ioredis';
import { InvalidRedisUrlError, RedisLoginRefusedError, RedisUnreachableError } from './redis-connection';
import { InvalidRedisPrefixError } from './redis-keys';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = () => `test-open-${process.pid}-${randomBytes(4).toString('hex')}`;

describe('createRedisAdapters', () => {
  it.each(['not a url', 'http://127.0.0.1:6379', 'mysql://root@127.0.0.1:3306/asynctask', ''])(
    'refuses the malformed REDIS_URL %p with a named error',
    async (url) => {
      await expect(createRedisAdapters(url, { prefix: prefix() })).rejects.toBeInstanceOf(InvalidRedisUrlError);
    },
  );

  it('names a malformed REDIS_URL without its password', async () => {
    const failure = createRedisAdapters('redis://:pa55word@[bad', { prefix: prefix() });
    await expect(failure).rejects.toThrow('REDIS_URL is not a URL; expected redis://[:password@]host:6379[/db] or rediss://...');
    await expect(failure).rejects.not.toThrow('pa55word');
  });

  it('refuses a prefix with a brace before it connects', async () => {
    await expect(createRedisAdapters(REDIS_URL, { prefix: 'bad{tag}' })).rejects.toBeInstanceOf(InvalidRedisPrefixError);
  });

  it('says in one line that an unreachable server cannot be reached, at once instead of retrying', async () => {
    const started = Date.now();
    const failure = await createRedisAdapters('redis://127.0.0.1:1', { prefix: prefix() }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RedisUnreachableError);
    expect((failure as Error).message).toBe('cannot reach Redis at 127.0.0.1:1: ECONNREFUSED');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('says the server refused the login, not that it cannot be reached, for a wrong password', async () => {
    const user = prefix();
    const admin = new Redis(REDIS_URL);
    await admin.call('ACL', 'SETUSER', user, 'on', '>right-pa55word', '~*', '+@all');
    try {
      const url = new URL(REDIS_URL);
      url.username = user;
      url.password = 'wrong-pa55word';
      const failure = await createRedisAdapters(url.href, { prefix: prefix() }).then(
        () => new Error('expected a refusal'),
        (error: unknown) => error as Error,
      );
      expect(failure).toBeInstanceOf(RedisLoginRefusedError);
      expect(failure.message).toBe(`Redis at ${url.host} refused the login for user ${user}: WRONGPASS invalid username-password pair or user is disabled.`);
    } finally {
      await admin.call('ACL', 'DELUSER', user);
      admin.disconnect();
    }
  });

  it('answers a ping once open', async () => {
    const adapters = await createRedisAdapters(REDIS_URL, { prefix: prefix() });
    try {
      await expect(adapters.ping()).resolves.toBeUndefined();
    } finally {
      await adapters.close();
    }
  });

  it('closes every connection it opened, cutting a waiting take short', async () => {
    const adapters = await createRedisAdapters(REDIS_URL, { prefix: prefix() });
    await adapters.eventTransport.client.connect();
    const started = Date.now();
    const waiting = adapters.queue.take('w1', 1, new Date(), 10_000);
    await adapters.close();
    await Promise.allSettled([waiting]);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(adapters.ping()).rejects.toThrow();
  });
});
