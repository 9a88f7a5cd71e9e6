import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '@asynctask/testing/local-servers';
import { RedisServerProcess, ServerTlsFiles } from './redis-server-process';

export interface SentinelGroupOptions {
  readonly replicas: number;
  readonly sentinels: number;
  /** Sentinels that must agree the master is down before one fails it over. */
  readonly quorum: number;
  /** requirepass of the master and replicas. */
  readonly password?: string;
  /** requirepass of the sentinels. */
  readonly sentinelPassword?: string;
  /** Every process TLS only, replication and sentinel links included. */
  readonly tls?: ServerTlsFiles;
}

const MASTER_NAME = 'mymaster';

/**
 * A master, its replicas and the sentinels watching them, each a throwaway redis-server on its own
 * port with its config in a temp dir. Sentinels call the master down after a second without answer.
 */
export class RedisSentinelGroup {
  readonly masterName = MASTER_NAME;

  private constructor(
    readonly master: RedisServerProcess,
    readonly replicas: RedisServerProcess[],
    readonly sentinels: RedisServerProcess[],
    private readonly dir: string,
  ) {}

  static async start(options: SentinelGroupOptions): Promise<RedisSentinelGroup> {
    const dir = mkdtempSync(join(tmpdir(), 'asynctask-sentinel-'));
    const auth = options.password ? ['--requirepass', options.password, '--masterauth', options.password] : [];
    // Replication goes through an RDB file: in the temp dir, not wherever the test runs.
    const replication = [...(options.tls ? ['--tls-replication', 'yes'] : []), '--dir', dir];
    const node = (args: string[]) => RedisServerProcess.start({ tls: options.tls, password: options.password, args: [...auth, ...replication, ...args] });
    const master = await node([]);
    const replicas = await Promise.all(Array.from({ length: options.replicas }, () => node(['--replicaof', '127.0.0.1', String(master.port)])));
    const sentinels = await Promise.all(
      Array.from({ length: options.sentinels }, async (_, i) => {
        const config = join(dir, `sentinel-${i}.conf`);
        writeFileSync(config, sentinelConfig(master.port, options));
        return RedisServerProcess.start({ tls: options.tls, password: options.sentinelPassword, sentinelConfig: config, args: replication });
      }),
    );
    const group = new RedisSentinelGroup(master, replicas, sentinels, dir);
    await group.waitUntilWatching();
    return group;
  }

  /** host:port,... as REDIS_SENTINELS takes them. */
  get sentinelList(): string {
    return this.sentinels.map((sentinel) => `127.0.0.1:${sentinel.port}`).join(',');
  }

  /** The port of the node the first sentinel that answers calls master. */
  async masterPort(): Promise<number> {
    for (const sentinel of this.sentinels) {
      const client = sentinel.connect({ maxRetriesPerRequest: 0, retryStrategy: () => null });
      client.on('error', () => undefined);
      try {
        const [, port] = (await client.call('SENTINEL', 'GET-MASTER-ADDR-BY-NAME', MASTER_NAME)) as [string, string];
        return Number(port);
      } catch {
        // that sentinel is away; ask the next
      } finally {
        client.disconnect();
      }
    }
    throw new Error('no sentinel answered');
  }

  async stop(): Promise<void> {
    await Promise.all([...this.sentinels, ...this.replicas, this.master].map((server) => server.kill()));
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Until every sentinel knows every replica, linked to the master, and every other sentinel: only then can they fail over. */
  private async waitUntilWatching(): Promise<void> {
    await waitFor('the sentinels to know each other and the replicas', async () => {
      for (const sentinel of this.sentinels) {
        const client = sentinel.connect({ maxRetriesPerRequest: 0 });
        try {
          const replicas = (await client.call('SENTINEL', 'REPLICAS', MASTER_NAME)) as string[][];
          const linked = replicas.filter((fields) => fields[fields.indexOf('master-link-status') + 1] === 'ok');
          const others = (await client.call('SENTINEL', 'SENTINELS', MASTER_NAME)) as unknown[];
          if (linked.length < this.replicas.length || others.length < this.sentinels.length - 1) return undefined;
        } finally {
          client.disconnect();
        }
      }
      return true;
    }, 30_000, 200);
  }
}

function sentinelConfig(masterPort: number, options: SentinelGroupOptions): string {
  return [
    `sentinel monitor ${MASTER_NAME} 127.0.0.1 ${masterPort} ${options.quorum}`,
    `sentinel down-after-milliseconds ${MASTER_NAME} 1000`,
    // Also how long before a failover that did not complete is tried again (twice this).
    `sentinel failover-timeout ${MASTER_NAME} 3000`,
    ...(options.password ? [`sentinel auth-pass ${MASTER_NAME} ${options.password}`] : []),
    ...(options.sentinelPassword ? [`requirepass ${options.sentinelPassword}`] : []),
    '',
  ].join('\n');
}
