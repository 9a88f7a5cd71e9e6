import { ChildProcess, spawn } from 'node:child_process';
import { freePort } from '@asynctask/testing/local-servers';
import { waitFor } from '@asynctask/testing/local-servers';
import Redis from 'ioredis';

/** A throwaway redis-server on its own port, keeping nothing on disk, that a test may kill and restart. */
export class RedisServerProcess {
  private child: ChildProcess | null = null;

  private constructor(readonly port: number) {}

  static async start(): Promise<RedisServerProcess> {
    const server = new RedisServerProcess(await freePort());
    await server.restart();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts it (again) and waits until it answers; a restart begins with no data. */
  async restart(): Promise<void> {
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    process.once('exit', () => this.child?.kill('SIGKILL'));
    await waitFor('redis-server to answer', async () => {
      const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        return (await probe.ping()) === 'PONG' ? true : undefined;
      } finally {
        probe.disconnect();
      }
    });
  }

  /** kill -9: Redis dies with everything it held. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}
