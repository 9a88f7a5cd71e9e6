import { once } from 'node:events';
import { IncomingHttpHeaders, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { ExecutionContext, NonRetryableError } from '@asynctask/domain';
import { executionContext } from './execution-context.fixture';
import {
  HttpRedirectError,
  HttpRejectedError,
  HttpRequestFailedError,
  HttpUnavailableError,
  InvalidHttpConfigError,
  ResponseTooLargeError,
} from './http-executor.errors';
import { HttpExecutor } from './http.executor';

interface ReceivedRequest {
  readonly method?: string;
  readonly path?: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}
type Handler = (response: ServerResponse, request: ReceivedRequest) => void;

describe('HttpExecutor', () => {
  let server: Server;
  let url: string;
  let handler: Handler;
  let received: ReceivedRequest[];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        const seen = { method: request.method, path: request.url, headers: request.headers, body };
        received.push(seen);
        // The executor hangs up on answers it refuses to read; that is not a server failure.
        response.on('error', () => undefined);
        handler(response, seen);
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  });
  beforeEach(() => (received = []));

  const executor = new HttpExecutor();
  const context = (overrides: Partial<ExecutionContext> = {}) =>
    executionContext({ taskId: 't-1', taskType: 'webhook', attempt: 2, payload: { to: 'x' }, config: { url }, ...overrides });
  const failureOf = (run: Promise<unknown>) => run.then(() => new Error('expected a failure'), (error: unknown) => error as Error);
  const answer =
    (status: number, body = '', headers: Record<string, string> = { 'content-type': 'application/json' }): Handler =>
    (response) => {
      response.writeHead(status, headers);
      response.end(body);
    };
  /** Resolves with the server's response object once a request has arrived; the handler never answers. */
  const holdNextRequest = () =>
    new Promise<ServerResponse>((resolve) => {
      handler = (response) => resolve(response);
    });

  describe('the request', () => {
    it('POSTs {taskId, taskType, attempt, payload} as JSON to the configured url', async () => {
      handler = answer(200, '{}');
      await executor.execute(context());
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ method: 'POST', path: '/hook' });
      expect(received[0].headers['content-type']).toBe('application/json');
      expect(JSON.parse(received[0].body)).toEqual({ taskId: 't-1', taskType: 'webhook', attempt: 2, payload: { to: 'x' } });
    });

    it('sends the configured headers but keeps the JSON content type', async () => {
      handler = answer(200, '{}');
      const headers = { authorization: 'Bearer s3cret', 'X-Tenant': 'acme', 'Content-Type': 'text/plain' };
      await executor.execute(context({ config: { url, headers } }));
      expect(received[0].headers).toMatchObject({ authorization: 'Bearer s3cret', 'x-tenant': 'acme', 'content-type': 'application/json' });
    });

    it('asks the address check before each request, and sends nothing it refuses', async () => {
      handler = answer(200, '{}');
      const checked: string[] = [];
      const guarded = new HttpExecutor({ guard: { assertAllowed: async (target) => void checked.push(target.href) } });
      await guarded.execute(context());
      await guarded.execute(context());
      expect(checked).toEqual([url, url]);
      expect(received).toHaveLength(2);

      const refusal = new NonRetryableError('private address');
      const refusing = new HttpExecutor({ guard: { assertAllowed: async () => Promise.reject(refusal) } });
      await expect(refusing.execute(context())).rejects.toBe(refusal);
      expect(received).toHaveLength(2);
    });

    it.each([
      ['no url', {}],
      ['a url that is not a string', { url: 42 }],
      ['a relative url', { url: '/hook' }],
      ['a file url', { url: 'file:///etc/passwd' }],
      ['credentials in the url', { url: 'http://user:pw@127.0.0.1/hook' }],
      ['headers that are not an object', { url: 'http://127.0.0.1/hook', headers: ['x'] }],
      ['a header that is not a string', { url: 'http://127.0.0.1/hook', headers: { 'x-n': 1 } }],
      ['a header value with a line break', { url: 'http://127.0.0.1/hook', headers: { 'x-n': 'a\r\nb' } }],
    ])('refuses %s without retrying or sending', async (_, config) => {
      const error = await failureOf(executor.execute(context({ config })));
      expect(error).toBeInstanceOf(InvalidHttpConfigError);
      expect(error).toBeInstanceOf(NonRetryableError);
      expect(received).toHaveLength(0);
    });
  });

  describe('a 2xx answer', () => {
    it('is the result when it is JSON', async () => {
      handler = answer(200, '{"messageId":"m-1","ok":true}');
      expect(await executor.execute(context())).toEqual({ messageId: 'm-1', ok: true });
      handler = answer(201, '["a",1]');
      expect(await executor.execute(context())).toEqual(['a', 1]);
    });

    it('gives null when it is empty', async () => {
      handler = answer(204);
      expect(await executor.execute(context())).toBeNull();
      handler = answer(200);
      expect(await executor.execute(context())).toBeNull();
    });

    it('is wrapped as {body} when it is not JSON', async () => {
      handler = answer(200, 'plain words', { 'content-type': 'text/plain' });
      expect(await executor.execute(context())).toEqual({ body: 'plain words' });
    });
  });

  describe('a failed answer', () => {
    it.each([400, 401, 403, 404, 409, 422])('is not retried for %i, and its message names the status', async (status) => {
      handler = answer(status, '{"error":"bad input"}');
      const error = await failureOf(executor.execute(context()));
      expect(error).toBeInstanceOf(HttpRejectedError);
      expect(error).toBeInstanceOf(NonRetryableError);
      expect(error).toMatchObject({ status });
      expect(error.message).toBe(`http://127.0.0.1:${new URL(url).port} answered ${status}: {"error":"bad input"}`);
    });

    it.each([408, 429, 500, 502, 503])('is retried for %i, and its message names the status', async (status) => {
      handler = answer(status);
      const error = await failureOf(executor.execute(context()));
      expect(error).toBeInstanceOf(HttpUnavailableError);
      expect(error).not.toBeInstanceOf(NonRetryableError);
      expect(error).toMatchObject({ status });
      expect(error.message).toContain(`answered ${status}`);
    });

    it('quotes only the start of a long error body', async () => {
      handler = answer(404, 'x'.repeat(2 * 1024 * 1024), { 'content-type': 'text/plain' });
      const error = await failureOf(executor.execute(context()));
      expect(error).toBeInstanceOf(HttpRejectedError);
      expect(error.message.length).toBeLessThan(400);
    });

    it.each([301, 302, 307])('does not follow a %i redirect and does not retry it', async (status) => {
      handler = answer(status, '', { location: 'http://169.254.169.254/latest/meta-data' });
      const error = await failureOf(executor.execute(context()));
      expect(error).toBeInstanceOf(HttpRedirectError);
      expect(error).toBeInstanceOf(NonRetryableError);
      expect(error.message).toContain(String(status));
      expect(received).toHaveLength(1);
    });

    it('is retried when nothing listens at the url', async () => {
      const closed = createServer();
      closed.listen(0, '127.0.0.1');
      await once(closed, 'listening');
      const { port } = closed.address() as AddressInfo;
      closed.close();
      await once(closed, 'close');
      const error = await failureOf(executor.execute(context({ config: { url: `http://127.0.0.1:${port}/hook` } })));
      expect(error).toBeInstanceOf(HttpRequestFailedError);
      expect(error).not.toBeInstanceOf(NonRetryableError);
      expect(error.message).toContain('ECONNREFUSED');
    });
  });

  describe('the size limit', () => {
    it('is 1 MiB by default: a larger answer fails the attempt, retryably', async () => {
      handler = answer(200, JSON.stringify('x'.repeat(1024 * 1024)));
      const error = await failureOf(executor.execute(context()));
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(error).not.toBeInstanceOf(NonRetryableError);
      expect(error.message).toContain(`larger than ${1024 * 1024} bytes`);
    });

    it('reads an answer of exactly the limit', async () => {
      const body = JSON.stringify('x'.repeat(1022));
      handler = answer(200, body);
      expect(await new HttpExecutor({ maxResponseBytes: 1024 }).execute(context())).toBe('x'.repeat(1022));
    });

    it('refuses an answer whose announced length is over the limit without waiting for it', async () => {
      handler = (response) => {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': '2048' });
        response.write('{"a":'); // and the rest never comes
      };
      const error = await failureOf(new HttpExecutor({ maxResponseBytes: 1024 }).execute(context()));
      expect(error).toBeInstanceOf(ResponseTooLargeError);
    });

    it('stops reading a chunked answer that grows past the limit', async () => {
      handler = (response) => {
        response.writeHead(200, { 'content-type': 'application/json' }); // no length: chunked
        response.write(`"${'x'.repeat(600)}`);
        response.end(`${'x'.repeat(600)}"`);
      };
      const error = await failureOf(new HttpExecutor({ maxResponseBytes: 1024 }).execute(context()));
      expect(error).toBeInstanceOf(ResponseTooLargeError);
    });
  });

  describe('aborting', () => {
    it('ends a request that waits for its answer at once, with the reason, and hangs up', async () => {
      const held = holdNextRequest();
      const abort = new AbortController();
      const running = executor.execute(context({ signal: abort.signal }));
      const response = await held;
      const hungUp = once(response, 'close');
      const reason = new Error('timed out after 30s');
      abort.abort(reason);
      await expect(running).rejects.toBe(reason);
      await hungUp;
      expect(response.writableEnded).toBe(false);
    });

    it('ends a request whose answer is still streaming, with the reason', async () => {
      let headSent: () => void = () => undefined;
      const streaming = new Promise<void>((resolve) => (headSent = resolve));
      handler = (response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"partial":', () => headSent());
      };
      const abort = new AbortController();
      const running = executor.execute(context({ signal: abort.signal }));
      await streaming;
      const reason = new Error('cancelled');
      abort.abort(reason);
      await expect(running).rejects.toBe(reason);
    });

    it('sends nothing when the signal has already aborted', async () => {
      handler = answer(200, '{}');
      const abort = new AbortController();
      const reason = new Error('cancelled');
      abort.abort(reason);
      await expect(executor.execute(context({ signal: abort.signal }))).rejects.toBe(reason);
      expect(received).toHaveLength(0);
    });
  });
});
