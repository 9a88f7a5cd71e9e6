import { randomBytes } from 'node:crypto';
import { deleteRedisKeys, dropDatabase, freePort, waitFor } from '@asynctask/testing/local-servers';
import { AppName, AppProcess } from './support/app-process';
import { createMysqlUser, createRedisUser, dropMysqlUser, dropRedisUser, withCredentials } from './support/password-users';

const DATABASE_URL = process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/asynctask';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const id = randomBytes(4).toString('hex');
const user = `e2e_secret_${id}`;
const database = `asynctask_e2e_secret_${id}`;
const redisPrefix = `e2e-secret-${id}`;
/** One secret per setting that can hold one; none may ever be printed. */
const secrets = { database: `db-pa55-${id}`, redis: `redis-pa55-${id}`, apiKey: `api-key-${id}` };

/** Starts `apps` together with `env` and returns everything each printed once it stopped on its own. */
async function failedStarts(apps: AppName[], env: Record<string, string>) {
  return Promise.all(
    apps.map(async (app) => {
      const process = new AppProcess(app, app, { REDIS_PREFIX: redisPrefix, ...env });
      const code = await process.whenExited();
      return { app, code, output: process.output.join('').trim() };
    }),
  );
}

const everySecretIn = (output: string) => Object.values(secrets).filter((secret) => output.includes(secret));

describe('no secret reaches what an app prints', () => {
  beforeAll(async () => {
    await createMysqlUser(DATABASE_URL, user, secrets.database, database);
    await createRedisUser(REDIS_URL, user, secrets.redis);
  });
  afterAll(async () => {
    await dropDatabase(DATABASE_URL, database);
    await deleteRedisKeys(REDIS_URL, redisPrefix);
    await dropMysqlUser(DATABASE_URL, user);
    await dropRedisUser(REDIS_URL, user);
  });

  const withDatabase = (password: string, path = `/${database}`) => withCredentials(DATABASE_URL, user, password, path);
  const withRedis = (password: string) => withCredentials(REDIS_URL, user, password);
  const mysqlApps: AppName[] = ['db-migrate', 'api-gateway', 'scheduler', 'worker'];
  const redisApps: AppName[] = ['api-gateway', 'scheduler', 'worker'];

  // Each way the apps can report a setting that holds a secret, with the secret in it.
  it.each([
    ['DATABASE_URL', 'an invalid database name', mysqlApps, () => ({ DATABASE_URL: withDatabase(secrets.database, '/bad-name') }), /invalid configuration: DATABASE_URL="mysql:\/\/e2e_secret_\w+:\*\*\*@/],
    ['DATABASE_URL', 'a URL that does not parse', mysqlApps, () => ({ DATABASE_URL: `mysql://${user}:${secrets.database}@[bad/${database}` }), /DATABASE_URL is not a URL/],
    ['DATABASE_URL', 'a port nothing listens on', mysqlApps, () => ({ DATABASE_URL: `mysql://${user}:${secrets.database}@127.0.0.1:1/${database}` }), /cannot reach MySQL at 127\.0\.0\.1:1\//],
    ['DATABASE_URL', 'a host that does not resolve', mysqlApps, () => ({ DATABASE_URL: `mysql://${user}:${secrets.database}@nowhere.invalid:3306/${database}` }), /cannot reach MySQL at nowhere\.invalid:3306/],
    ['DATABASE_URL', 'a wrong password', mysqlApps, () => ({ DATABASE_URL: withDatabase(`${secrets.database}-wrong`) }), /refused the login for user/],
    ['REDIS_URL', 'a URL that is not redis://', redisApps, () => ({ REDIS_URL: `http://:${secrets.redis}@127.0.0.1:6379` }), /invalid configuration: REDIS_URL="http:\/\/:\*\*\*@127\.0\.0\.1:6379"/],
    ['REDIS_URL', 'a URL that does not parse', redisApps, () => ({ REDIS_URL: `redis://:${secrets.redis}@[bad` }), /REDIS_URL is not a URL/],
    ['REDIS_URL', 'a port nothing listens on', redisApps, () => ({ REDIS_URL: `redis://:${secrets.redis}@127.0.0.1:1` }), /cannot reach Redis at 127\.0\.0\.1:1/],
    ['REDIS_URL', 'a wrong password', redisApps, () => ({ REDIS_URL: withRedis(`${secrets.redis}-wrong`) }), /Redis at .* refused the login for user/],
    ['API_KEYS', 'another setting wrong beside it', ['api-gateway', 'standalone'], () => ({ API_KEYS: secrets.apiKey, PORT: 'x' }), /invalid configuration: PORT="x"/],
  ] as [string, string, AppName[], () => Record<string, string>, RegExp][])('%s with %s', async (_variable, _how, apps, env, said) => {
    for (const { app, code, output } of await failedStarts(apps, env())) {
      expect({ app, code, lines: output.split('\n').length, leaked: everySecretIn(output) }).toEqual({ app, code: 1, lines: 1, leaked: [] });
      expect(output).toMatch(said);
    }
  }, 60_000);

  it('with valid settings: start-up, a task, requests and shutdown, logged at the most detailed level', async () => {
    const port = await freePort();
    const env = {
      DATABASE_URL: withDatabase(secrets.database),
      REDIS_URL: withRedis(secrets.redis),
      REDIS_PREFIX: redisPrefix,
      API_KEYS: secrets.apiKey,
      LOG_LEVEL: 'verbose',
      LOG_FORMAT: 'json',
    };
    const migrate = new AppProcess('db-migrate', 'db-migrate', env);
    expect(await migrate.whenExited()).toBe(0);
    const healthPorts = [await freePort(), await freePort()];
    const apps = [
      new AppProcess('api-gateway', 'gateway', { ...env, PORT: String(port) }),
      new AppProcess('scheduler', 'scheduler', { ...env, HEALTH_PORT: String(healthPorts[0]) }),
      new AppProcess('worker', 'worker', { ...env, HEALTH_PORT: String(healthPorts[1]) }),
    ];
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`http://127.0.0.1:${port}/api/v1${path}`, { ...init, headers: { 'x-api-key': secrets.apiKey, 'content-type': 'application/json' } });
    let taskId = '';
    try {
      for (const healthPort of [port, ...healthPorts]) {
        await waitFor(`ready on ${healthPort}`, async () => ((await fetch(`http://127.0.0.1:${healthPort}/health/ready`).catch(() => null))?.status === 200 ? true : undefined), 60_000);
      }
      expect((await api('/task-configs/secrets', { method: 'PUT', body: '{"executorType":"echo"}' })).status).toBe(201);
      ({ taskId } = (await (await api('/tasks', { method: 'POST', body: '{"taskType":"secrets"}' })).json()) as { taskId: string });
      await waitFor('the task to succeed', async () => (((await (await api(`/tasks/${taskId}`)).json()) as { status: string }).status === 'SUCCESS' ? true : undefined), 30_000);
    } finally {
      await Promise.all(apps.map((app) => app.stop()));
    }
    const output = [migrate, ...apps].map((app) => app.output.join('')).join('\n');
    // What is searched holds the start-up, request, task and shutdown lines.
    expect(output).toContain('Nest application successfully started');
    expect(output).toContain(`"url":"/api/v1/tasks/${taskId}"`);
    expect(output).toContain('"msg":"task SUCCESS"');
    expect(output).toContain('"msg":"worker stopped"');
    expect(everySecretIn(output)).toEqual([]);
  }, 180_000);
});
