import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Connection, ConnectionOptions, createConnection } from 'mysql2/promise';
import { freePort } from '@asynctask/testing/local-servers';
import { waitFor } from '@asynctask/testing/local-servers';

const run = promisify(execFile);

export interface MariaDbServerOptions {
  /** More mariadbd arguments: --ssl-cert, --require-secure-transport, ... */
  readonly args?: readonly string[];
  /** How the readiness probe and connect() connect (TLS, for a server that requires it). */
  readonly probe?: ConnectionOptions;
}

/** A throwaway mariadbd with its own port and data directory, that a test may kill and restart. */
export class MariaDbServerProcess {
  private child: ChildProcess | null = null;

  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly options: MariaDbServerOptions,
  ) {}

  static async start(options: MariaDbServerOptions = {}): Promise<MariaDbServerProcess> {
    const dir = mkdtempSync(join(tmpdir(), 'asynctask-mariadb-'));
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${join(dir, 'data')}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db']);
    const server = new MariaDbServerProcess(await freePort(), dir, options);
    await server.restart();
    return server;
  }

  /** The server's URL without a database. */
  get url(): string {
    return `mysql://root@127.0.0.1:${this.port}`;
  }

  /** Starts it (again, on the same data) and waits until it answers. */
  async restart(): Promise<void> {
    this.child = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${join(this.dir, 'data')}`,
        `--port=${this.port}`,
        '--bind-address=127.0.0.1',
        `--socket=${join(this.dir, 'mysqld.sock')}`,
        `--pid-file=${join(this.dir, 'mysqld.pid')}`,
        '--user=root',
        '--skip-log-bin',
        '--innodb-buffer-pool-size=32M',
        ...(this.options.args ?? []),
      ],
      { stdio: 'ignore' },
    );
    process.once('exit', () => this.child?.kill('SIGKILL'));
    await waitFor('mariadbd to answer', async () => {
      const connection = await this.connect().catch(() => null);
      await connection?.end();
      return connection ? true : undefined;
    }, 30_000, 100);
  }

  /** A connection as root, with the probe's settings. */
  connect(): Promise<Connection> {
    return createConnection({ host: '127.0.0.1', port: this.port, user: 'root', ...this.options.probe });
  }

  /** kill -9: in-flight transactions are lost, committed ones survive (InnoDB recovers them). */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async remove(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
