import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort } from '@asynctask/testing/local-servers';
import { waitFor } from '@asynctask/testing/local-servers';
import Redis, { RedisOptions } from 'ioredis';

/** The files a TLS-only server serves with; it asks clients for a certificate `caFile` signed. */
export interface ServerTlsFiles {
  readonly certFile: string;
  readonly keyFile: string;
  readonly caFile: string;
  /** The client certificate the readiness probe shows. */
  readonly clientCertFile: string;
  readonly clientKeyFile: string;
}

export interface RedisServerOptions {
  /** Serve TLS only, on the port (no plain port). */
  readonly tls?: ServerTlsFiles;
  /** Run as a sentinel from this config file, which it rewrites as it learns. */
  readonly sentinelConfig?: string;
  /** More redis-server arguments: --replicaof, --requirepass, ... */
  readonly args?: readonly string[];
  /** The password the readiness probe gives. */
  readonly password?: string;
}

/** A throwaway redis-server on its own port, keeping nothing on disk, that a test may kill and restart. */
export class RedisServerProcess {
  private child: ChildProcess | null = null;

  private constructor(
    readonly port: number,
    private readonly options: RedisServerOptions,
  ) {}

  static async start(options: RedisServerOptions = {}): Promise<RedisServerProcess> {
    const server = new RedisServerProcess(await freePort(), options);
    await server.restart();
    return server;
  }

  get url(): string {
    return `${this.options.tls ? 'rediss' : 'redis'}://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts it (again) and waits until it answers; a restart begins with no data. */
  async restart(): Promise<void> {
    this.child = spawn('redis-server', this.serverArgs(), { stdio: 'ignore' });
    process.once('exit', () => this.child?.kill('SIGKILL'));
    await waitFor(`redis-server on port ${this.port} to answer`, async () => {
      const probe = this.connect({ lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        return (await probe.ping()) === 'PONG' ? true : undefined;
      } finally {
        probe.disconnect();
      }
    });
  }

  /** A client of this server (with the probe's password and TLS client certificate). */
  connect(options: RedisOptions = {}): Redis {
    const tls = this.options.tls;
    return new Redis(this.url, {
      password: this.options.password,
      tls: tls && { ca: readFileSync(tls.caFile), cert: readFileSync(tls.clientCertFile), key: readFileSync(tls.clientKeyFile) },
      ...options,
    });
  }

  /** kill -9: Redis dies with everything it held. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  private serverArgs(): string[] {
    const { tls, sentinelConfig, args = [] } = this.options;
    const listen = tls
      ? ['--port', '0', '--tls-port', String(this.port), '--tls-cert-file', tls.certFile, '--tls-key-file', tls.keyFile, '--tls-ca-cert-file', tls.caFile]
      : ['--port', String(this.port)];
    // A sentinel keeps its state in its config file and takes no persistence settings.
    const mode = sentinelConfig ? [sentinelConfig, '--sentinel'] : ['--save', '', '--appendonly', 'no'];
    return [...mode, ...listen, '--bind', '127.0.0.1', ...args];
  }
}
