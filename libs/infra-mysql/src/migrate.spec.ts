import { createMysqlAdapters } from './create-mysql-adapters';
import { MIGRATIONS } from './data-source';
import { DatabaseUnreachableError } from './database-url';
import { ensureDatabase, migrateDatabase } from './migrate';
import { databaseExists, databaseUrl, dropDatabase, onServer, tablesOf, uniqueDatabaseName } from './test-support/test-database';

const ALL_TABLES = ['migrations', 'task', 'task_config', 'task_log', 'worker'];
const MIGRATION_LOCK = 'asynctask:migrations';

/** Fresh database names for this file, dropped after it. */
const created: string[] = [];
function freshDatabase(): string {
  const name = uniqueDatabaseName('asynctask_migrate');
  created.push(name);
  return name;
}
afterAll(async () => {
  for (const name of created) await dropDatabase(name);
});

/** The migrations recorded in `database`, in the order they ran. */
async function migrationsRun(database: string): Promise<string[]> {
  return onServer(async (connection) => {
    const [rows] = await connection.query('SELECT name FROM ??.migrations ORDER BY id', [database]);
    return (rows as { name: string }[]).map((row) => row.name);
  });
}

describe('migrateDatabase', () => {
  it('creates the database and its tables once, even when replicas migrate at the same time', async () => {
    const database = freshDatabase();
    await Promise.all([migrateDatabase(databaseUrl(database)), migrateDatabase(databaseUrl(database))]);
    expect(await tablesOf(database)).toEqual(ALL_TABLES);
    expect(await migrationsRun(database)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('does nothing on a database that is up to date, and keeps its rows', async () => {
    const database = freshDatabase();
    await migrateDatabase(databaseUrl(database));
    const adapters = await createMysqlAdapters(databaseUrl(database), { poolSize: 1 });
    try {
      await adapters.dataSource.query("INSERT INTO task_log (log_id, task_id, log_type, to_status, created_at) VALUES ('l-1', 't-1', 'CREATED', 'PENDING', NOW(3))");
      await migrateDatabase(databaseUrl(database));
      expect(await migrationsRun(database)).toEqual(MIGRATIONS.map((m) => m.name));
      expect(await adapters.logs.listByTask('t-1')).toHaveLength(1);
    } finally {
      await adapters.close();
    }
  });

  it('waits for the migration lock held by another process, then migrates', async () => {
    const database = freshDatabase();
    await onServer(async (holder) => {
      const [[{ locked }]] = (await holder.query('SELECT GET_LOCK(?, 30) AS locked', [MIGRATION_LOCK])) as unknown as [[{ locked: number }]];
      expect(locked).toBe(1);
      const migrating = migrateDatabase(databaseUrl(database));
      await waitForLockWaiter(database);
      // It made the database (no lock needed for that), but ran no migration while the lock was taken.
      expect(await tablesOf(database)).toEqual([]);
      await holder.query('SELECT RELEASE_LOCK(?)', [MIGRATION_LOCK]);
      await migrating;
    });
    expect(await tablesOf(database)).toEqual(ALL_TABLES);
  });

  it('says in one line which server it cannot reach', async () => {
    const migrating = migrateDatabase('mysql://root@127.0.0.1:1/asynctask');
    await expect(migrating).rejects.toBeInstanceOf(DatabaseUnreachableError);
    await expect(migrating).rejects.toThrow('cannot reach MySQL at 127.0.0.1:1/asynctask: ECONNREFUSED');
  });
});

describe('ensureDatabase', () => {
  it('creates a missing database with a binary utf8mb4 collation, and leaves an existing one alone', async () => {
    const database = freshDatabase();
    expect(await databaseExists(database)).toBe(false);
    await ensureDatabase(databaseUrl(database));
    expect(await databaseExists(database)).toBe(true);
    expect(await collationOf(database)).toBe('utf8mb4_bin');

    await onServer((connection) => connection.query('CREATE TABLE ??.keep_me (id INT PRIMARY KEY)', [database]));
    await ensureDatabase(databaseUrl(database));
    expect(await tablesOf(database)).toEqual(['keep_me']);
  });

  it('fails with DatabaseUnreachableError when the server does not answer', async () => {
    await expect(ensureDatabase('mysql://root@127.0.0.1:1/asynctask')).rejects.toThrow(
      new DatabaseUnreachableError({ host: '127.0.0.1', port: 1, user: 'root', password: '', database: 'asynctask', tls: null }, 'ECONNREFUSED'),
    );
  });
});

async function collationOf(database: string): Promise<string> {
  return onServer(async (connection) => {
    const [rows] = await connection.query('SELECT DEFAULT_COLLATION_NAME AS collation FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [database]);
    return (rows as { collation: string }[])[0].collation;
  });
}

/**
 * Resolves once a session on `database` is blocked in GET_LOCK. The server offers no event for
 * that, so this polls the process list; it gives up after 10 s rather than hang the suite.
 */
async function waitForLockWaiter(database: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const waiting = await onServer(async (connection) => {
      const [rows] = await connection.query("SELECT 1 FROM information_schema.PROCESSLIST WHERE DB = ? AND INFO LIKE 'SELECT GET_LOCK%'", [database]);
      return (rows as unknown[]).length > 0;
    });
    if (waiting) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no session on ${database} ever waited for ${MIGRATION_LOCK}`);
}
