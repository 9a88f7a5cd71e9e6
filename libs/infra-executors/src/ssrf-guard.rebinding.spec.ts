import { NonRetryableError } from '@asynctask/domain';
import { execFile } from 'node:child_process';
import diagnostics from 'node:diagnostics_channel';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { IncomingHttpHeaders, Server, createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TLSSocket } from 'node:tls';
import { promisify } from 'node:util';
import { Agent, fetch } from 'undici';
import { executionContext } from './execution-context.fixture';
import { HttpExecutor } from './http.executor';
import { HostResolver, createSsrfGuard } from './ssrf-guard';
import { RefusedAddressError } from './ssrf-guard.errors';

/** An endpoint that records every connection and request it gets. */
async function startEndpoint(host: string, port = 0) {
  const connections: string[] = [];
  const requests: IncomingHttpHeaders[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.headers);
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ answeredBy: host }));
  });
  server.on('connection', (socket: Socket) => connections.push(socket.remoteAddress ?? ''));
  server.listen(port, host);
  await once(server, 'listening');
  const close = async () => {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  };
  return { port: (server.address() as AddressInfo).port, connections, requests, close };
}

/** A resolver that gives each answer once, in order, and remembers how often it was asked. */
function changingResolver(...answers: string[][]) {
  const asked: string[] = [];
  const resolve: HostResolver = async (hostname) => {
    asked.push(hostname);
    return answers[Math.min(asked.length, answers.length) - 1];
  };
  return { resolve, asked };
}

/** The address the next TCP connection this process opens dials first. */
function nextConnectionAttempt(): Promise<string> {
  return new Promise((resolve) => {
    const onSocket = (message: unknown) => {
      diagnostics.unsubscribe('net.client.socket', onSocket);
      (message as { socket: Socket }).socket.once('connectionAttempt', (address: string) => resolve(address));
    };
    diagnostics.subscribe('net.client.socket', onSocket);
  });
}

describe('the http executor connects to exactly the address the SSRF guard checked (no DNS rebinding)', () => {
  let local: Awaited<ReturnType<typeof startEndpoint>>;

  beforeEach(async () => {
    local = await startEndpoint('127.0.0.1');
  });
  afterEach(() => local.close());

  const run = (executor: HttpExecutor, url: string, signal = new AbortController().signal) =>
    executor.execute(executionContext({ config: { url }, signal }));

  it('dials the public address it checked, never 127.0.0.1 that a second lookup (or the system resolver) would give', async () => {
    const dns = changingResolver(['203.0.113.10'], ['127.0.0.1']);
    const executor = new HttpExecutor({ guard: createSsrfGuard({ resolve: dns.resolve }) });
    const dialed = nextConnectionAttempt();
    const abort = new AbortController();
    // localhost: the system resolver, which an unpinned connection would ask again, says 127.0.0.1.
    const running = run(executor, `http://localhost:${local.port}/hook`, abort.signal);
    expect(await dialed).toBe('203.0.113.10');
    const reason = new Error('seen where it connects');
    abort.abort(reason);
    await expect(running).rejects.toBe(reason);
    expect(dns.asked).toEqual(['localhost']);
    expect(local.connections).toEqual([]);
  });

  it('refuses the name when the answer it checks is refused, and contacts nothing', async () => {
    const dns = changingResolver(['127.0.0.1'], ['203.0.113.10']);
    const executor = new HttpExecutor({ guard: createSsrfGuard({ resolve: dns.resolve }) });
    const failure = await run(executor, `http://localhost:${local.port}/hook`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RefusedAddressError);
    expect(failure).toBeInstanceOf(NonRetryableError);
    expect((failure as Error).message).toBe(
      'refused executorConfig.url: localhost (127.0.0.1) is a loopback address, which the http executor calls only when private networks are allowed (HTTP_EXECUTOR_ALLOW_PRIVATE=true)',
    );
    expect(local.connections).toEqual([]);
  });

  it('with an allowed address, sends the request there even when a second lookup would differ, keeping the Host header', async () => {
    const other = await startEndpoint('127.0.0.2', local.port);
    try {
      const dns = changingResolver(['127.0.0.1'], ['127.0.0.2']);
      const executor = new HttpExecutor({ guard: createSsrfGuard({ allowPrivate: true, resolve: dns.resolve }) });
      await expect(run(executor, `http://hooks.example.test:${local.port}/hook`)).resolves.toEqual({ answeredBy: '127.0.0.1' });
      expect(local.requests.map((headers) => headers.host)).toEqual([`hooks.example.test:${local.port}`]);
      expect(other.connections).toEqual([]);
      expect(dns.asked).toEqual(['hooks.example.test']);
    } finally {
      await other.close();
    }
  });
});

describe("HTTPS through the SSRF guard's lookup", () => {
  const execFileAsync = promisify(execFile);
  let dir: string;
  let certificate: string;
  let key: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'asynctask-tls-'));
    await execFileAsync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=hooks.example.test', '-addext', 'subjectAltName=DNS:hooks.example.test',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ]);
    [certificate, key] = await Promise.all([readFile(join(dir, 'cert.pem'), 'utf8'), readFile(join(dir, 'key.pem'), 'utf8')]);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('verifies the certificate for the url host, which it also sends as SNI and Host, while connecting to the checked address', async () => {
    const seen: { servername: string | false | null; host?: string }[] = [];
    const server = createHttpsServer({ key, cert: certificate }, (request, response) => {
      seen.push({ servername: (request.socket as TLSSocket).servername, host: request.headers.host });
      response.end('{}');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    // The executor's own connections, plus the test's certificate authority.
    const lookup = createSsrfGuard({ allowPrivate: true, resolve: async () => ['127.0.0.1'] }).lookup;
    const agent = new Agent({ connect: { lookup, ca: certificate } });
    try {
      const response = await fetch(`https://hooks.example.test:${port}/hook`, { dispatcher: agent });
      expect(response.status).toBe(200);
      expect(seen).toEqual([{ servername: 'hooks.example.test', host: `hooks.example.test:${port}` }]);
      const mismatch = await fetch(`https://other.example.test:${port}/hook`, { dispatcher: agent }).catch((error: { cause?: { code?: string } }) => error.cause?.code);
      expect(mismatch).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    } finally {
      await agent.close();
      server.close();
    }
  });
});
