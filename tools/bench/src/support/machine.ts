import Redis from 'ioredis';
import { cpus } from 'node:os';
import { onServer } from '@asynctask/testing/local-servers';

/** What the figures were measured on: they mean little without it. */
export interface Machine {
  readonly cpus: number;
  readonly node: string;
  readonly mysql: Record<string, string>;
  readonly redis: string;
}

const MYSQL_SETTINGS = ['version', 'innodb_flush_log_at_trx_commit', 'innodb_buffer_pool_size', 'sync_binlog', 'log_bin'];

export async function describeMachine(databaseUrl: string, redisUrl: string): Promise<Machine> {
  const mysql = await onServer(databaseUrl, async (connection) => {
    const [rows] = await connection.query(`SHOW VARIABLES WHERE Variable_name IN (${MYSQL_SETTINGS.map(() => '?').join(', ')})`, MYSQL_SETTINGS);
    return Object.fromEntries((rows as { Variable_name: string; Value: string }[]).map((r) => [r.Variable_name, r.Value]));
  });
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const version = /redis_version:(\S+)/.exec(await redis.info('server'))?.[1] ?? 'unknown';
    return { cpus: cpus().length, node: process.version, mysql, redis: version };
  } finally {
    redis.disconnect();
  }
}

export function formatMachine(machine: Machine): string {
  const mysql = Object.entries(machine.mysql).map(([name, value]) => `${name}=${value}`).join(' ');
  return `machine: ${machine.cpus} CPUs, Node ${machine.node}, Redis ${machine.redis}, MySQL ${mysql}`;
}
