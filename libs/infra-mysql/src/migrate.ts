import { createConnection } from 'mysql2/promise';
import { MigrationExecutor } from 'typeorm';
import { createDataSource } from './data-source';
import { sslOptions } from './database-tls';
import { describeConnectionError, parseDatabaseUrl } from './database-url';

const MIGRATION_LOCK = 'asynctask:migrations';
const LOCK_WAIT_SECONDS = 60;

/** Another process held the migration lock for longer than we were willing to wait. */
export class MigrationLockTimeoutError extends Error {
  constructor(readonly lock: string, readonly waitedSeconds: number) {
    super(`could not get the MySQL lock ${lock} within ${waitedSeconds}s; another process may be stuck migrating`);
    this.name = 'MigrationLockTimeoutError';
  }
}

/** Creates the database when it is missing; it connects without one, since it may not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const address = parseDatabaseUrl(url);
  const connection = await createConnection({
    host: address.host,
    port: address.port,
    user: address.user,
    password: address.password,
    ssl: sslOptions(address.tls),
    connectTimeout: 5000,
  }).catch((error: unknown) => {
    throw describeConnectionError(address, error);
  });
  try {
    await connection.query('CREATE DATABASE IF NOT EXISTS ?? CHARACTER SET utf8mb4 COLLATE utf8mb4_bin', [address.database]);
  } finally {
    await connection.end();
  }
}

/**
 * Creates the database if needed and runs pending migrations while holding a MySQL named lock,
 * so replicas that start together migrate once and the others wait for it. The migrations run on
 * the connection that holds the lock: if that connection dies, the lock and the work end together.
 */
export async function migrateDatabase(url: string): Promise<void> {
  await ensureDatabase(url);
  const address = parseDatabaseUrl(url);
  const db = createDataSource(address, 1);
  await db.initialize().catch((error: unknown) => {
    throw describeConnectionError(address, error);
  });
  const connection = db.createQueryRunner();
  try {
    const [{ locked }] = await connection.query('SELECT GET_LOCK(?, ?) AS locked', [MIGRATION_LOCK, LOCK_WAIT_SECONDS]);
    if (Number(locked) !== 1) throw new MigrationLockTimeoutError(MIGRATION_LOCK, LOCK_WAIT_SECONDS);
    try {
      const migrations = new MigrationExecutor(db, connection);
      // MySQL commits DDL as it goes, so a wrapping transaction would promise what it cannot keep.
      migrations.transaction = 'none';
      await migrations.executePendingMigrations();
    } finally {
      await connection.query('SELECT RELEASE_LOCK(?)', [MIGRATION_LOCK]);
    }
  } finally {
    await connection.release();
    await db.destroy();
  }
}
