import { readFileSync } from 'node:fs';
import { freePort, waitFor } from '@asynctask/testing/local-servers';
import { AppName, AppProcess } from '../support/app-process';
import { Cluster } from '../support/cluster';
import { expectEverySucceededOnce, submitMany } from '../support/exactly-once';
import { MariaDbServerProcess } from '../support/mariadb-server-process';
import { RedisSentinelGroup } from '../support/redis-sentinel-group';
import { RedisServerProcess, ServerTlsFiles } from '../support/redis-server-process';
import { TestCertificates } from '../support/test-certificates';

const APP_PASSWORD = 'app-secret';

/**
 * MySQL and Redis that speak only TLS and ask for a client certificate, with a private CA the test
 * makes: the apps work over them, and a wrong or missing piece stops an app in one line.
 */
describe('stores over TLS', () => {
  let certificates: TestCertificates;
  let mariaDb: MariaDbServerProcess;
  let redis: RedisServerProcess;
  let tls: ServerTlsFiles;
  let cluster: Cluster | null = null;
  let group: RedisSentinelGroup | null = null;

  beforeAll(async () => {
    certificates = await TestCertificates.make();
    tls = {
      certFile: certificates.serverCert,
      keyFile: certificates.serverKey,
      caFile: certificates.ca,
      clientCertFile: certificates.clientCert,
      clientKeyFile: certificates.clientKey,
    };
    [mariaDb, redis] = await Promise.all([
      MariaDbServerProcess.start({
        args: [`--ssl-ca=${certificates.ca}`, `--ssl-cert=${certificates.serverCert}`, `--ssl-key=${certificates.serverKey}`, '--require-secure-transport=ON'],
        probe: { ssl: { ca: readFileSync(certificates.ca) } },
      }),
      RedisServerProcess.start({ tls }),
    ]);
    // The apps' user must show a certificate the CA signed, on top of its password.
    const root = await mariaDb.connect();
    await root.query(`CREATE USER 'app'@'%' IDENTIFIED BY '${APP_PASSWORD}' REQUIRE X509`);
    await root.query(`GRANT ALL ON *.* TO 'app'@'%'`);
    await root.end();
  }, 120_000);

  afterEach(async () => {
    await cluster?.stop();
    await group?.stop();
    cluster = null;
    group = null;
  }, 60_000);

  afterAll(async () => {
    await redis?.kill();
    await mariaDb?.remove();
    certificates?.remove();
  }, 60_000);

  /** The database's TLS options: the host checked against the certificate, and the client's certificate shown. */
  const mysqlTls = (ca = certificates.ca) => `ssl-mode=VERIFY_IDENTITY&ssl-ca=${ca}&ssl-cert=${certificates.clientCert}&ssl-key=${certificates.clientKey}`;
  const redisTls = (ca = certificates.ca) => ({ REDIS_TLS_CA: ca, REDIS_TLS_CERT: certificates.clientCert, REDIS_TLS_KEY: certificates.clientKey });
  // VERIFY_IDENTITY needs a host name (the driver checks none for an IP): the certificate names localhost.
  const databaseServerUrl = () => `mysql://app:${APP_PASSWORD}@localhost:${mariaDb.port}`;

  it('runs tasks with both stores over TLS, each side checking the other', async () => {
    const c = (cluster = await Cluster.start({
      schedulers: 1,
      workers: 1,
      redisUrl: redis.url,
      redisDb: 0,
      databaseServerUrl: databaseServerUrl(),
      databaseOptions: mysqlTls(),
      env: redisTls(),
    }));
    expect((await c.api.taskTypes.put('greet', { executorType: 'echo' })).taskType).toBe('greet');
    const ids = await submitMany(c.api, 20, { taskType: 'greet', payload: { hello: 'tls' } });
    await expectEverySucceededOnce(c.api, ids);
    expect((await c.api.tasks.get(ids[0])).result).toEqual({ hello: 'tls' });
  }, 120_000);

  it('finds the master through a sentinel spoken to over TLS', async () => {
    const g = (group = await RedisSentinelGroup.start({ replicas: 0, sentinels: 1, quorum: 1, tls }));
    const env = { ...redisTls(), REDIS_URL: 'rediss://sentinel-decides/0', REDIS_SENTINELS: g.sentinelList, REDIS_SENTINEL_NAME: g.masterName };
    const scheduler = new AppProcess('scheduler', 'scheduler', { ...env, DATABASE_URL: `${databaseServerUrl()}/asynctask_tls_sentinel?${mysqlTls()}`, HEALTH_PORT: String(await freePort()) });
    try {
      await waitFor('the scheduler to start', async () => {
        if (!scheduler.running) throw new Error(`scheduler exited: ${scheduler.output.join('')}`);
        return scheduler.output.join('').includes('health and metrics on port') ? true : undefined;
      });
    } finally {
      await scheduler.stop();
    }
  }, 120_000);

  /** Starts `app` with the working settings but `env`, and returns its exit code and what it printed. */
  const failedStart = async (app: AppName, env: Record<string, string>) => {
    const process = new AppProcess(app, app, {
      REDIS_URL: redis.url,
      ...redisTls(),
      DATABASE_URL: `${databaseServerUrl()}/asynctask_tls_refused?${mysqlTls()}`,
      ...env,
    });
    const code = await process.whenExited();
    return { code, output: process.output.join('').trim() };
  };

  it.each([
    ['MySQL, a certificate another CA signed', 'api-gateway', () => ({ DATABASE_URL: `${databaseServerUrl()}/x?${mysqlTls(certificates.otherCa)}` }),
      /^asynctask api-gateway: cannot start: cannot reach MySQL at localhost:\d+\/x: TLS: self-signed certificate in certificate chain$/],
    ['MySQL, a client without TLS', 'api-gateway', () => ({ DATABASE_URL: `${databaseServerUrl()}/x` }),
      /^asynctask api-gateway: cannot start: MySQL at localhost:\d+ refused the login for user app: wrong password, no such user for this host, or the server requires TLS \(set ssl-mode\) \(ER_ACCESS_DENIED_ERROR\)$/],
    ['MySQL, a CA file that is not there', 'db-migrate', () => ({ DATABASE_URL: `${databaseServerUrl()}/x?ssl-ca=/nonexistent/ca.pem` }),
      /^asynctask db-migrate: cannot start: DATABASE_URL ssl-ca: cannot read \/nonexistent\/ca\.pem \(ENOENT\)$/],
    ['Redis, a certificate another CA signed', 'scheduler', () => redisTls(certificates.otherCa),
      /^asynctask scheduler: cannot start: cannot reach Redis at 127\.0\.0\.1:\d+: TLS: self-signed certificate in certificate chain$/],
    ['Redis, a client without TLS', 'worker', () => ({ REDIS_URL: redis.url.replace('rediss:', 'redis:'), REDIS_TLS_CA: '', REDIS_TLS_CERT: '', REDIS_TLS_KEY: '' }),
      /^asynctask worker: cannot start: cannot reach Redis at 127\.0\.0\.1:\d+: the server closed the connection; does it accept only TLS \(rediss:\/\/\)\?$/],
    // Depending on timing the client sees the server's alert or only the connection closing.
    ['Redis, no client certificate', 'worker', () => ({ REDIS_TLS_CERT: '', REDIS_TLS_KEY: '' }),
      /^asynctask worker: cannot start: cannot reach Redis at 127\.0\.0\.1:\d+: (TLS: the server wants a client certificate|the server closed the connection during the TLS handshake; does it want a client certificate) \(REDIS_TLS_CERT, REDIS_TLS_KEY\)\??$/],
  ] as [string, AppName, () => Record<string, string>, RegExp][])('stops at start in one line: %s', async (_case, app, env, message) => {
    const { code, output } = await failedStart(app, env());
    expect(code).toBe(1);
    expect(output.split('\n')).toHaveLength(1);
    expect(output).toMatch(message);
  }, 60_000);
});
