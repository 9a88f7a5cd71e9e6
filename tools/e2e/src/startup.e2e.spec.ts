import { AppName, AppProcess } from './support/app-process';

/** Starts an app with a broken setting and returns its exit code and what it printed. */
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
  ] as [AppName, Record<string, string>, RegExp][])('%s with %j', async (app, env, message) => {
    const { code, output } = await failedStart(app, env);
    expect(code).toBe(1);
    expect(output.split('\n')).toHaveLength(1);
    expect(output).toMatch(message);
  });
});
