import { translateErrors } from '@asynctask/domain';
import { createDataSource } from './data-source';
import { describeConnectionError, parseDatabaseUrl } from './database-url';
import { MysqlTaskConfigRepository } from './repositories/mysql-task-config.repository';
import { MysqlTaskLogRepository } from './repositories/mysql-task-log.repository';
import { MysqlTaskRepository } from './repositories/mysql-task.repository';
import { MysqlWorkerRepository } from './repositories/mysql-worker.repository';
import { assertSupportedServer } from './server-version';
import { asStoreUnavailable } from './unavailable';

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
  // Callers see an unreachable server as StoreUnavailableError (HTTP 503), not a driver error.
  return {
    tasks: translateErrors(new MysqlTaskRepository(db), asStoreUnavailable),
    logs: translateErrors(new MysqlTaskLogRepository(db), asStoreUnavailable),
    configs: translateErrors(new MysqlTaskConfigRepository(db), asStoreUnavailable),
    workers: translateErrors(new MysqlWorkerRepository(db), asStoreUnavailable),
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
