import { createConnection } from 'mysql2/promise';
import { createDataSource } from './data-source';
import { DatabaseAddress, describeConnectionError, parseDatabaseUrl } from './database-url';

const MIGRATION_LOCK = 'asynctask:migrations';
const LOCK_WAIT_SECONDS = 60;

/** Creates the database when it is missing. */
export async function ensureDatabase(url: string): Promise<void> {
  const address = parseDatabaseUrl(url);
  const connection = await createConnection({
    host: address.host,
    port: address.port,
    user: address.user,
    password: address.password,
    connectTimeout: 5000,
  }).catch((error: unknown) => {
    throw describeConnectionError(address, error);
  });
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${address.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  } finally {
    await connection.end();
  }
}

/**
 * Creates the database if needed and runs pending migrations while holding a MySQL named lock,
 * so replicas that start together migrate once and the others wait for it.
 */
export async function migrateDatabase(url: string): Promise<void> {
  await ensureDatabase(url);
  const address: DatabaseAddress = parseDatabaseUrl(url);
  const db = createDataSource(address, 2);
  await db.initialize().catch((error: unknown) => {
    throw describeConnectionError(address, error);
  });
  const lockHolder = db.createQueryRunner();
  try {
    await lockHolder.connect();
    const [{ locked }] = await lockHolder.query('SELECT GET_LOCK(?, ?) AS locked', [MIGRATION_LOCK, LOCK_WAIT_SECONDS]);
    if (Number(locked) !== 1) throw new Error(`could not get the migration lock within ${LOCK_WAIT_SECONDS}s`);
    try {
      await db.runMigrations({ transaction: 'none' });
    } finally {
      await lockHolder.query('SELECT RELEASE_LOCK(?)', [MIGRATION_LOCK]);
    }
  } finally {
    await lockHolder.release();
    await db.destroy();
  }
}
