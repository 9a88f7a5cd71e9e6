import { once } from 'node:events';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { API, startStandalone } from './standalone-test-app';

type Standalone = Awaited<ReturnType<typeof startStandalone>>;

/** An endpoint on this machine that records every request it gets. */
async function startRecordingServer() {
  const received: string[] = [];
  const server: Server = createServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"reached":true}');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const close = async () => {
    server.close();
    await once(server, 'close');
  };
  return { url, received, close };
}

/** Creates an http task type for `url` and runs one task of it; it has retries, so retryCount 0 shows a refusal is final. */
async function runHttpTask(s: Standalone, url: string, statuses = ['SUCCESS', 'FAILED']) {
  const taskType = `hook-${Math.random().toString(36).slice(2, 10)}`;
  await s.http().put(`${API}/task-configs/${taskType}`).send({ executorType: 'http', executorConfig: { url }, defaultMaxRetry: 3, retryDelay: 1 }).expect(201);
  const created = await s.http().post(`${API}/tasks`).send({ taskType, payload: { secret: 'x' } }).expect(201);
  return s.waitForTask(created.body.taskId, statuses);
}

describe('HTTP security', () => {
  describe('API keys and the rate limit together', () => {
    let s: Standalone;

    beforeAll(async () => {
      s = await startStandalone({ API_KEYS: 'right-key', RATE_LIMIT_PER_MINUTE: '3' });
    });
    afterAll(() => s.close());

    it('answers 401 without a key or with a wrong one, 200 with the right one, and counts all of them', async () => {
      await s.http().get(`${API}/stats`).expect(401);
      await s.http().get(`${API}/stats`).set('x-api-key', 'wrong-key').expect(401);
      await s.http().get(`${API}/stats`).set('x-api-key', 'right-key').expect(200);
      // The fourth request of the minute is refused before its key is checked: guessing keys is limited too.
      const limited = await s.http().get(`${API}/stats`).set('x-api-key', 'right-key');
      expect(limited.status).toBe(429);
      expect(limited.body).toEqual({ statusCode: 429, message: 'too many requests, retry later', error: 'Too Many Requests' });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('keeps health, metrics and the API docs open, with no key and past the limit', async () => {
      for (let i = 0; i < 5; i++) await s.http().get('/health/live').expect(200);
      await s.http().get('/health/ready').expect(200);
      await s.http().get('/metrics').expect(200);
      await s.http().get('/api/docs-json').expect(200);
    });
  });

  describe('the rate limit', () => {
    let s: Standalone;

    beforeAll(async () => {
      s = await startStandalone({ RATE_LIMIT_PER_MINUTE: '4' });
    });
    afterAll(() => s.close());

    it('gives each client one budget across every route, then answers 429', async () => {
      const first = await s.http().get(`${API}/stats`).expect(200);
      expect(first.headers['x-ratelimit-limit']).toBe('4');
      expect(first.headers['x-ratelimit-remaining']).toBe('3');
      await s.http().get(`${API}/workers`).expect(200);
      await s.http().get(`${API}/tasks`).expect(200);
      await s.http().get(`${API}/task-configs/unknown`).expect(404);
      const refused = await s.http().post(`${API}/tasks`).send({ taskType: 'x' });
      expect(refused.status).toBe(429);
      expect(refused.body).toEqual({ statusCode: 429, message: 'too many requests, retry later', error: 'Too Many Requests' });
      await s.http().get('/health/live').expect(200);
    });
  });

  describe.each([
    ['1', 'one hop: the ingress in front'],
    ['127.0.0.0/8', 'the address of the proxy in front'],
  ])('the rate limit with TRUST_PROXY=%s (%s)', (trustProxy) => {
    let s: Standalone;
    const statusFor = async (forwardedFor: string) => (await s.http().get(`${API}/stats`).set('x-forwarded-for', forwardedFor)).status;

    beforeAll(async () => {
      s = await startStandalone({ RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: trustProxy });
    });
    afterAll(() => s.close());

    it('gives each client the proxy forwards its own budget, keyed on the address the proxy saw', async () => {
      expect(await statusFor('203.0.113.1')).toBe(200);
      expect(await statusFor('203.0.113.1')).toBe(200);
      expect(await statusFor('203.0.113.1')).toBe(429);
      expect(await statusFor('203.0.113.2')).toBe(200);
      // What a client writes itself stays left of what the proxy appends, and is not believed.
      expect(await statusFor('198.51.100.9, 203.0.113.1')).toBe(429);
      expect(await statusFor('203.0.113.2, 203.0.113.3')).toBe(200);
    });
  });

  describe.each<[string | undefined, string]>([
    [undefined, 'unset'],
    ['10.0.0.0/8', 'naming other proxies'],
  ])('the rate limit with TRUST_PROXY=%s (%s)', (trustProxy) => {
    let s: Standalone;

    beforeAll(async () => {
      s = await startStandalone({ RATE_LIMIT_PER_MINUTE: '2', ...(trustProxy ? { TRUST_PROXY: trustProxy } : {}) });
    });
    afterAll(() => s.close());

    it('believes no X-Forwarded-For: every request from the same connecting address shares one budget', async () => {
      await s.http().get(`${API}/stats`).set('x-forwarded-for', '203.0.113.1').expect(200);
      await s.http().get(`${API}/stats`).set('x-forwarded-for', '203.0.113.2').expect(200);
      await s.http().get(`${API}/stats`).set('x-forwarded-for', '203.0.113.3').expect(429);
    });
  });

  describe('without RATE_LIMIT_PER_MINUTE', () => {
    let s: Standalone;

    beforeAll(async () => {
      s = await startStandalone();
    });
    afterAll(() => s.close());

    it('limits nothing', async () => {
      for (let i = 0; i < 30; i++) {
        const response = await s.http().get(`${API}/stats`).expect(200);
        expect(response.headers['x-ratelimit-limit']).toBeUndefined();
      }
    });

    it('sends the security headers on every answer, refusals included', async () => {
      const answers = [
        await s.http().get(`${API}/stats`).expect(200),
        await s.http().get(`${API}/tasks/unknown-id`).expect(404),
        await s.http().post(`${API}/tasks`).set('content-type', 'application/json').send(`{"payload":"${'x'.repeat(2 * 1024 * 1024)}"}`).expect(413),
        await s.http().post(`${API}/tasks`).set('content-type', 'text/plain').send('{"taskType":"x"}').expect(415),
        await s.http().get('/health/live').expect(200),
        await s.http().get('/api/docs-json').expect(200),
      ];
      for (const { headers } of answers) {
        expect(headers).toMatchObject({
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'SAMEORIGIN',
          'strict-transport-security': expect.stringContaining('max-age='),
          'content-security-policy': expect.stringContaining("default-src 'self'"),
          'referrer-policy': 'no-referrer',
        });
        expect(headers['x-powered-by']).toBeUndefined();
        // Upgrading the docs page's requests to https would break it where the API is plain HTTP.
        expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      }
    });
  });

  describe('the http executor in the standalone (private networks allowed by default)', () => {
    let s: Standalone;
    let endpoint: Awaited<ReturnType<typeof startRecordingServer>>;

    beforeAll(async () => {
      endpoint = await startRecordingServer();
      s = await startStandalone();
    });
    afterAll(async () => {
      await s.close();
      await endpoint.close();
    });

    it('refuses the cloud metadata address: the task ends FAILED and says why', async () => {
      const task = await runHttpTask(s, 'http://169.254.169.254/latest/meta-data/iam/security-credentials/');
      expect(task).toMatchObject({ status: 'FAILED', retryCount: 0, result: null });
      expect(task.errorMessage).toContain('refused executorConfig.url: 169.254.169.254 is a cloud metadata address, which the http executor never calls');
    });

    it('calls an endpoint on this machine', async () => {
      const task = await runHttpTask(s, endpoint.url);
      expect(task).toMatchObject({ status: 'SUCCESS', result: { reached: true } });
      expect(endpoint.received).toEqual(['POST /hook']);
    });
  });

  describe('the http executor with HTTP_EXECUTOR_ALLOW_PRIVATE=false', () => {
    let s: Standalone;
    let endpoint: Awaited<ReturnType<typeof startRecordingServer>>;

    beforeAll(async () => {
      endpoint = await startRecordingServer();
      s = await startStandalone({ HTTP_EXECUTOR_ALLOW_PRIVATE: 'false' });
    });
    afterAll(async () => {
      await s.close();
      await endpoint.close();
    });

    it('refuses a loopback address before connecting: the task ends FAILED and the endpoint gets nothing', async () => {
      const task = await runHttpTask(s, endpoint.url);
      expect(task).toMatchObject({ status: 'FAILED', retryCount: 0, result: null });
      expect(task.errorMessage).toContain(
        'refused executorConfig.url: 127.0.0.1 is a loopback address, which the http executor calls only when private networks are allowed (HTTP_EXECUTOR_ALLOW_PRIVATE=true)',
      );
      const byName = await runHttpTask(s, endpoint.url.replace('127.0.0.1', 'localhost'));
      expect(byName).toMatchObject({ status: 'FAILED' });
      expect(byName.errorMessage).toMatch(/refused executorConfig\.url: localhost \((127\.0\.0\.1|::1)\) is a loopback address/);
      expect(endpoint.received).toEqual([]);
    });

    it('refuses a private address: the task ends FAILED at once, with the reason', async () => {
      const task = await runHttpTask(s, 'http://10.0.0.1:8080/hook');
      expect(task).toMatchObject({ status: 'FAILED', retryCount: 0 });
      expect(task.errorMessage).toContain('refused executorConfig.url: 10.0.0.1 is a private address');
    });

    it('still refuses the cloud metadata address', async () => {
      const task = await runHttpTask(s, 'http://[::ffff:169.254.169.254]/');
      expect(task).toMatchObject({ status: 'FAILED' });
      expect(task.errorMessage).toContain('::ffff:a9fe:a9fe is a cloud metadata address');
    });
  });
});
