import { once } from 'node:events';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { ExecutionContext, NonRetryableError } from '@asynctask/domain';
import { HttpExecutor } from './http.executor';

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

describe('HttpExecutor', () => {
  let server: Server;
  let url: string;
  let handler: Handler;
  const received: { method?: string; headers: IncomingMessage['headers']; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ method: request.method, headers: request.headers, body });
        handler(request, body, response);
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => (received.length = 0));

  const executor = new HttpExecutor();
  const context = (overrides: Partial<ExecutionContext> = {}): ExecutionContext => ({
    taskId: 't1',
    taskType: 'hook',
    attempt: 2,
    payload: { to: 'x' },
    config: { url, headers: { authorization: 'Bearer s3cret' } },
    signal: new AbortController().signal,
    ...overrides,
  });
  const answer = (status: number, body = '', type = 'application/json'): Handler => (_req, _body, res) => {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  };

  it('POSTs the task as JSON with the configured headers and returns the JSON answer', async () => {
    handler = answer(200, '{"messageId":"m-1"}');
    expect(await executor.execute(context())).toEqual({ messageId: 'm-1' });
    expect(received[0].method).toBe('POST');
    expect(received[0].headers).toMatchObject({ 'content-type': 'application/json', authorization: 'Bearer s3cret' });
    expect(JSON.parse(received[0].body)).toEqual({ taskId: 't1', taskType: 'hook', attempt: 2, payload: { to: 'x' } });
  });

  it('returns null for an empty 2xx body and wraps a non-JSON one', async () => {
    handler = answer(204);
    expect(await executor.execute(context())).toBeNull();
    handler = answer(200, 'plain words', 'text/plain');
    expect(await executor.execute(context())).toEqual({ body: 'plain words' });
  });

  it.each([400, 401, 404, 422])('does not retry a %i', async (status) => {
    handler = answer(status, '{"error":"bad"}');
    const error = await executor.execute(context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NonRetryableError);
    expect((error as Error).message).toContain(String(status));
  });

  it.each([408, 429, 500, 503])('retries a %i', async (status) => {
    handler = answer(status);
    const error = await executor.execute(context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(NonRetryableError);
    expect((error as Error).message).toContain(String(status));
  });

  it('does not follow a redirect', async () => {
    handler = (_req, _body, res) => {
      res.writeHead(302, { location: 'http://169.254.169.254/' });
      res.end();
    };
    await expect(executor.execute(context())).rejects.toBeInstanceOf(NonRetryableError);
    expect(received).toHaveLength(1);
  });

  it('aborts a request in flight when the signal fires', async () => {
    let arrived: () => void = () => undefined;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    handler = () => arrived(); // never answers
    const abort = new AbortController();
    const running = executor.execute(context({ signal: abort.signal }));
    await requestArrived;
    abort.abort(new Error('timed out'));
    await expect(running).rejects.toThrow();
  });

  it('refuses an answer over the size limit', async () => {
    handler = answer(200, JSON.stringify({ big: 'x'.repeat(2048) }));
    await expect(new HttpExecutor({ maxResponseBytes: 1024 }).execute(context())).rejects.toThrow('larger than 1024 bytes');
  });

  it('refuses a missing or non-http url without retrying', async () => {
    await expect(executor.execute(context({ config: {} }))).rejects.toBeInstanceOf(NonRetryableError);
    await expect(executor.execute(context({ config: { url: 'file:///etc/passwd' } }))).rejects.toBeInstanceOf(NonRetryableError);
  });

  it('asks the address check before each request', async () => {
    const refusing = new HttpExecutor({ assertAllowed: async (target) => Promise.reject(new NonRetryableError(`refused ${target.hostname}`)) });
    await expect(refusing.execute(context())).rejects.toThrow('refused 127.0.0.1');
    expect(received).toHaveLength(0);
  });
});
