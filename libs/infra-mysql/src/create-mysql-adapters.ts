import { createDataSource } from './data-source';
import { describeConnectionError, parseDatabaseUrl } from './database-url';
import { MysqlTaskConfigRepository } from './repositories/mysql-task-config.repository';
import { MysqlTaskLogRepository } from './repositories/mysql-task-log.repository';
import { MysqlTaskRepository } from './repositories/mysql-task.repository';
import { MysqlWorkerRepository } from './repositories/mysql-worker.repository';
import { assertSupportedServer } from './server-version';

export interface MysqlAdapterOptions {
  /** Connections in the pool. */
  readonly poolSize?: number;
}

/** The MySQL repositories over one connection pool. The schema must be migrated first. */
export async function createMysqlAdapters(url: string, options: MysqlAdapterOptions = {}) {
  const address = parseDatabaseUrl(url);
  const db = createDataSource(address, options.poolSize ?? 20);
  await db.initialize().catch((error: unknown) => {
    throw describeConnectionError(address, error);
  });
  const [{ version }]: { version: string }[] = await db.query('SELECT VERSION() AS version');
  try {
    assertSupportedServer(version);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  // Each repository turns an unreachable server into StoreUnavailableError (HTTP 503) itself.
  return {
    tasks: new MysqlTaskRepository(db),
    logs: new MysqlTaskLogRepository(db),
    configs: new MysqlTaskConfigRepository(db),
    workers: new MysqlWorkerRepository(db),
    dataSource: db,
    ping: async (): Promise<void> => {
      await db.query('SELECT 1');
    },
    close: async (): Promise<void> => {
      if (db.isInitialized) await db.destroy();
    },
  };
}

export type MysqlAdapters = Awaited<ReturnType<typeof createMysqlAdapters>>;
