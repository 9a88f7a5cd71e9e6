import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { AddressInfo, Server, createServer } from 'node:net';
import { freePort, waitFor } from '@asynctask/testing/local-servers';
import { AppName, AppProcess } from './support/app-process';
import { createMysqlUser, createRedisUser, dropMysqlUser, dropRedisUser, withCredentials } from './support/password-users';

const DATABASE_URL = process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/asynctask';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Stores nothing listens on: an app that got as far as connecting would say it cannot reach them. */
const NO_STORES = { DATABASE_URL: 'mysql://root@127.0.0.1:1/asynctask', REDIS_URL: 'redis://127.0.0.1:1' };

/** Starts an app that is expected to stop on its own, and returns its exit code and what it printed. */
async function failedStart(app: AppName, env: Record<string, string>) {
  const process = new AppProcess(app, app, env);
  const code = await process.whenExited();
  return { code, output: process.output.join('').trim() };
}

describe('a bad configuration stops an app at start with one clear line', () => {
  it.each([
    ['api-gateway', { DATABASE_URL: 'mysql://root@127.0.0.1:1/asynctask' }, /^asynctask api-gateway: cannot start: cannot reach MySQL at 127\.0\.0\.1:1\/asynctask: ECONNREFUSED$/],
    ['scheduler', { REDIS_URL: 'redis://127.0.0.1:1' }, /^asynctask scheduler: cannot start: cannot reach Redis at 127\.0\.0\.1:1/],
    ['worker', { REDIS_SENTINELS: '127.0.0.1:1' }, /^asynctask worker: cannot start: cannot reach Redis through Sentinel 127\.0\.0\.1:1 \(master mymaster\): no sentinel answered$/],
    ['worker', { WORKER_CAPACITY: 'lots' }, /^asynctask worker: cannot start: invalid configuration: WORKER_CAPACITY="lots"/],
    ['api-gateway', { REDIS_URL: 'http://127.0.0.1:6379' }, /^asynctask api-gateway: cannot start: invalid configuration: REDIS_URL="http:\/\/127\.0\.0\.1:6379": must be a redis/],
    ['db-migrate', { DATABASE_URL: 'mysql://root@127.0.0.1:3306/bad-name!' }, /^asynctask db-migrate: cannot start: invalid configuration: DATABASE_URL=/],
    ['api-gateway', { TRUST_PROXY: 'true' }, /^asynctask api-gateway: cannot start: invalid configuration: TRUST_PROXY="true": must be a number of proxy hops/],
  ] as [AppName, Record<string, string>, RegExp][])('%s with %j', async (app, env, message) => {
    const { code, output } = await failedStart(app, env);
    expect(code).toBe(1);
    expect(output.split('\n')).toHaveLength(1);
    expect(output).toMatch(message);
  });
});

describe('a port in use is named by the setting that chose it', () => {
  let taken: Server;
  let port: number;

  beforeAll(async () => {
    taken = createServer().listen(0, '0.0.0.0');
    await once(taken, 'listening');
    port = (taken.address() as AddressInfo).port;
  });
  afterAll(() => taken.close());

  it.each([
    ['api-gateway', 'PORT'],
    ['standalone', 'PORT'],
    ['scheduler', 'HEALTH_PORT'],
    ['worker', 'HEALTH_PORT'],
  ] as [AppName, string][])('%s on a taken %s stops before it connects to anything', async (app, variable) => {
    const { code, output } = await failedStart(app, { ...NO_STORES, [variable]: String(port) });
    expect(code).toBe(1);
    expect(output).toBe(`asynctask ${app}: cannot start: ${variable} ${port} is already in use`);
  });

  it('a second standalone on the PORT of a running one', async () => {
    const free = await freePort();
    const first = new AppProcess('standalone', 'first', { PORT: String(free) });
    try {
      await waitFor('the first standalone to listen', async () => (first.output.join('').includes('API at') ? true : undefined));
      const { code, output } = await failedStart('standalone', { PORT: String(free) });
      expect(code).toBe(1);
      expect(output).toBe(`asynctask standalone: cannot start: PORT ${free} is already in use`);
    } finally {
      await first.stop();
    }
  });
});

describe("LOG_LEVEL in pino's words", () => {
  it('takes LOG_LEVEL=info as log: the app starts and writes info lines, not debug ones', async () => {
    const port = await freePort();
    const app = new AppProcess('standalone', 'standalone', { PORT: String(port), LOG_LEVEL: 'info', LOG_FORMAT: 'json' });
    try {
      await waitFor('the standalone to listen', async () => {
        if (!app.running) throw new Error(`it stopped:\n${app.output.join('')}`);
        return app.output.join('').includes(`asynctask standalone: API at http://127.0.0.1:${port}`) ? true : undefined;
      });
      const levels = app.output
        .join('')
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => (JSON.parse(line) as { level: number }).level);
      expect(levels).toContain(30);
      expect(levels.filter((level) => level < 30)).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});

describe('a login the server refuses says so, naming the user', () => {
  const user = `e2e_login_${randomBytes(4).toString('hex')}`;
  const database = `asynctask_e2e_${user}`;
  const mysqlUrl = withCredentials(DATABASE_URL, user, 'wrong-password', `/${database}`);
  const { hostname, port } = new URL(DATABASE_URL);

  beforeAll(async () => {
    await createMysqlUser(DATABASE_URL, user, 'right-password', database);
    await createRedisUser(REDIS_URL, user, 'right-password');
  });
  afterAll(async () => {
    await dropMysqlUser(DATABASE_URL, user);
    await dropRedisUser(REDIS_URL, user);
  });

  it.each(['api-gateway', 'db-migrate'] as AppName[])('%s with a wrong MySQL password', async (app) => {
    const { code, output } = await failedStart(app, { DATABASE_URL: mysqlUrl });
    expect(code).toBe(1);
    expect(output).toBe(
      `asynctask ${app}: cannot start: MySQL at ${hostname}:${port || 3306} refused the login for user ${user}: wrong password, no such user for this host, or the server requires TLS (set ssl-mode) (ER_ACCESS_DENIED_ERROR)`,
    );
  });

  it('scheduler with a wrong Redis password', async () => {
    const redisUrl = withCredentials(REDIS_URL, user, 'wrong-password');
    const { code, output } = await failedStart('scheduler', { REDIS_URL: redisUrl });
    expect(code).toBe(1);
    expect(output).toBe(
      `asynctask scheduler: cannot start: Redis at ${new URL(REDIS_URL).host} refused the login for user ${user}: WRONGPASS invalid username-password pair or user is disabled.`,
    );
  });
});
