import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { repoPath } from './support/repo-paths';

/** Runs docker/healthcheck.js as the image does and resolves with its exit code. */
function runHealthcheck(env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [repoPath('docker/healthcheck.js')], { env: { PATH: process.env.PATH ?? '', ...env } });
    child.on('exit', (code) => resolve(code ?? -1));
  });
}

async function serve(status: number): Promise<{ server: Server; port: string; paths: string[] }> {
  const paths: string[] = [];
  const server = createServer((request, response) => {
    paths.push(request.url ?? '');
    response.writeHead(status).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: String((server.address() as AddressInfo).port), paths };
}

describe('docker/healthcheck.js', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('passes when /health/live on HEALTH_PORT answers 200', async () => {
    const { server, port, paths } = await serve(200);
    servers.push(server);
    expect(await runHealthcheck({ HEALTH_PORT: port, PORT: '1' })).toBe(0);
    expect(paths).toEqual(['/health/live']);
  });

  it('falls back to PORT (the gateway has no HEALTH_PORT)', async () => {
    const { server, port } = await serve(200);
    servers.push(server);
    expect(await runHealthcheck({ PORT: port })).toBe(0);
  });

  it('fails on any other status', async () => {
    const { server, port } = await serve(503);
    servers.push(server);
    expect(await runHealthcheck({ HEALTH_PORT: port })).toBe(1);
  });

  it('fails when nothing listens', async () => {
    const { server, port } = await serve(200);
    await new Promise((resolve) => server.close(resolve));
    expect(await runHealthcheck({ HEALTH_PORT: port })).toBe(1);
  });
});
