import { InvalidRedisUrlError, openRedis } from './redis-connection';
import { InvalidSentinelListError, RedisTlsSettingsError, parseSentinelList } from './redis-connection-options';

describe('parseSentinelList', () => {
  it('reads host:port entries, IPv6 in brackets, with 26379 for a port left out', () => {
    expect(parseSentinelList('sentinel-0:26379, 10.0.0.7,[fd00::1]:26380')).toEqual([
      { host: 'sentinel-0', port: 26379 },
      { host: '10.0.0.7', port: 26379 },
      { host: 'fd00::1', port: 26380 },
    ]);
  });

  it.each(['', 'a:b', 'a:70000', 'fd00::1:26379'])('refuses %p naming the entry', (list) => {
    expect(() => parseSentinelList(list)).toThrow(InvalidSentinelListError);
  });
});

describe('openRedis', () => {
  it('says what is wrong with a URL without repeating it, since it may hold a password', async () => {
    const failure = openRedis('http://:hunter2@127.0.0.1:6379');
    await expect(failure).rejects.toThrow(new InvalidRedisUrlError('has protocol http:'));
    await expect(failure).rejects.not.toThrow(/hunter2/);
  });

  it.each([
    ['redis://127.0.0.1:6379', { caFile: __filename }, 'REDIS_TLS_CA, REDIS_TLS_CERT and REDIS_TLS_KEY need a rediss:// REDIS_URL'],
    ['rediss://127.0.0.1:6379', { certFile: __filename }, 'REDIS_TLS_CERT and REDIS_TLS_KEY go together'],
    ['rediss://127.0.0.1:6379', { caFile: '/nonexistent/ca.pem' }, 'cannot read /nonexistent/ca.pem (ENOENT)'],
  ])('refuses %s with the TLS files %j before connecting', async (url, tls, reason) => {
    await expect(openRedis(url, { tls })).rejects.toThrow(new RedisTlsSettingsError(reason));
  });
});
