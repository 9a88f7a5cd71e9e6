import { once } from 'node:events';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { createExecutorRegistry } from './create-executor-registry';
import { executionContext } from './execution-context.fixture';
import { RefusedAddressError } from './ssrf-guard.errors';

describe("createExecutorRegistry's http executor and the SSRF guard", () => {
  let server: Server;
  let port: number;
  let received: string[];

  beforeAll(async () => {
    server = createServer((request, response) => {
      received.push(`${request.method} ${request.url}`);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.close();
    await once(server, 'close');
  });
  beforeEach(() => (received = []));

  const run = (options: Parameters<typeof createExecutorRegistry>[1], url: string) =>
    createExecutorRegistry([], options).get('http')?.execute(executionContext({ config: { url } }));

  it('refuses a loopback address by default, before connecting', async () => {
    await expect(run({}, `http://127.0.0.1:${port}/hook`)).rejects.toThrow(RefusedAddressError);
    await expect(run({}, `http://localhost:${port}/hook`)).rejects.toMatchObject({ kind: 'loopback' });
    expect(received).toEqual([]);
  });

  it('calls a loopback address when private networks are allowed', async () => {
    await expect(run({ http: { allowPrivateNetworks: true } }, `http://127.0.0.1:${port}/hook`)).resolves.toEqual({ ok: true });
    expect(received).toEqual(['POST /hook']);
  });

  it('still refuses the metadata address when private networks are allowed', async () => {
    await expect(run({ http: { allowPrivateNetworks: true } }, 'http://169.254.169.254/latest/meta-data/')).rejects.toMatchObject({
      kind: 'cloud metadata',
    });
  });

  it('lets a given guard replace the SSRF guard', async () => {
    await expect(run({ http: { guard: { assertAllowed: async () => undefined } } }, `http://127.0.0.1:${port}/hook`)).resolves.toEqual({ ok: true });
    expect(received).toEqual(['POST /hook']);
  });
});
