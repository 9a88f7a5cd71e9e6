import { ConfigurationError, parseEnvironment } from './parse-environment';
import { StoreEnvironment, WorkerAppEnvironment } from './environments';

const parse = (env: Record<string, string>) => parseEnvironment(StoreEnvironment, env);

describe('StoreEnvironment', () => {
  it('defaults to one plain Redis and MySQL on this machine, with a pool of 20', () => {
    expect(parse({})).toMatchObject({
      REDIS_URL: 'redis://127.0.0.1:6379',
      DATABASE_URL: 'mysql://root@127.0.0.1:3306/asynctask',
      DATABASE_POOL_SIZE: 20,
      REDIS_SENTINEL_NAME: 'mymaster',
    });
  });

  it('takes TLS options in DATABASE_URL and TLS files for Redis that exist', () => {
    const env = parse({
      DATABASE_URL: 'mysql://app:secret@db:3306/asynctask?ssl-mode=VERIFY_IDENTITY&ssl-ca=/etc/tls/ca.pem',
      REDIS_URL: 'rediss://:secret@redis:6380/2',
      REDIS_TLS_CA: __filename,
      DATABASE_POOL_SIZE: '8',
    });
    expect(env).toMatchObject({ REDIS_TLS_CA: __filename, DATABASE_POOL_SIZE: 8 });
  });

  it('takes a list of sentinels, with or without ports, IPv6 in brackets', () => {
    expect(parse({ REDIS_SENTINELS: 'sentinel-0:26379,10.0.0.7,[fd00::1]:26380', REDIS_SENTINEL_NAME: 'tasks' })).toMatchObject({
      REDIS_SENTINELS: 'sentinel-0:26379,10.0.0.7,[fd00::1]:26380',
      REDIS_SENTINEL_NAME: 'tasks',
    });
  });

  it.each([
    [{ REDIS_TLS_CA: '/nonexistent/ca.pem' }, 'REDIS_TLS_CA="/nonexistent/ca.pem": must name a readable file (ENOENT)'],
    [{ REDIS_TLS_KEY: '/' }, 'REDIS_TLS_KEY="/": must name a readable file (not a file)'],
    [{ REDIS_SENTINELS: 'a:1, b:2' }, 'REDIS_SENTINELS="a:1, b:2": must be host:port,host:port,...'],
    [{ DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE="0": DATABASE_POOL_SIZE must not be less than 1'],
  ])('refuses %j in one line naming it', (env, message) => {
    expect(() => parse(env)).toThrow(new ConfigurationError(`invalid configuration: ${message}`));
  });

  it('keeps the password of a URL out of the line', () => {
    const failure = () => parse({ DATABASE_URL: 'mysql://app:s3cr@t/x@db:3306/bad-name!', REDIS_URL: 'http://:hunter2@redis:6379' });
    expect(failure).toThrow('DATABASE_URL="mysql://app:***@db:3306/bad-name!"');
    expect(failure).toThrow('REDIS_URL="http://:***@redis:6379"');
    expect(failure).not.toThrow(/s3cr|hunter2/);
  });

  it('checks the same in the apps that combine it with other settings', () => {
    expect(() => parseEnvironment(WorkerAppEnvironment, { REDIS_TLS_CERT: '/nonexistent/client.pem' })).toThrow(
      'REDIS_TLS_CERT="/nonexistent/client.pem": must name a readable file (ENOENT)',
    );
  });
});
