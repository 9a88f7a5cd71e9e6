import { present } from '@asynctask/testing';
import { MysqlAdapters, createMysqlAdapters } from '../create-mysql-adapters';
import { migrateDatabase } from '../migrate';
import { databaseUrl, dropDatabase, uniqueDatabaseName } from './test-database';

const TABLES = ['task', 'task_log', 'task_config', 'worker'];

export interface MigratedTestDatabase {
  /** The adapters over this run's database; only inside tests and hooks. */
  adapters(): MysqlAdapters;
  /** Empties every table and hands back the adapters, with a close that leaves the pool open for the next test. */
  emptyTables(): Promise<MysqlAdapters>;
}

/**
 * A database of this spec file's own, migrated once before its tests and dropped after them, so
 * suites running at the same time on the same server never see each other's rows.
 */
export function useMigratedTestDatabase(prefix: string): MigratedTestDatabase {
  const database = uniqueDatabaseName(prefix);
  let opened: MysqlAdapters | undefined;

  beforeAll(async () => {
    await migrateDatabase(databaseUrl(database));
    opened = await createMysqlAdapters(databaseUrl(database), { poolSize: 5 });
  }, 30_000);

  afterAll(async () => {
    await opened?.close();
    await dropDatabase(database);
  });

  const adapters = (): MysqlAdapters => present(opened, `the open test database ${database}`);

  return {
    adapters,
    emptyTables: async () => {
      // DELETE rather than TRUNCATE: on tables this small it is faster, and it is not DDL.
      for (const table of TABLES) await adapters().dataSource.query(`DELETE FROM ${table}`);
      return { ...adapters(), close: async () => undefined };
    },
  };
}
