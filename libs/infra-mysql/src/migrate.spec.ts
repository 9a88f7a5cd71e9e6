import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { createMysqlAdapters } from './create-mysql-adapters';
import { InvalidDatabaseUrlError, parseDatabaseUrl } from './database-url';
import { MIGRATIONS } from './data-source';
import { migrateDatabase } from './migrate';

const SERVER_URL = (process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/asynctask').replace(/\/[^/]*$/, '');

async function onServer<T>(run: (query: (sql: string) => Promise<unknown>) => Promise<T>): Promise<T> {
  const server = new URL(SERVER_URL);
  const connection = await createConnection({ host: server.hostname, port: Number(server.port || 3306), user: server.username || 'root', password: server.password });
  try {
    return await run(async (sql) => (await connection.query(sql))[0]);
  } finally {
    await connection.end();
  }
}

describe('migrateDatabase', () => {
  const database = `asynctask_migrate_${process.pid}_${randomBytes(3).toString('hex')}`;
  afterAll(() => onServer((query) => query(`DROP DATABASE IF EXISTS \`${database}\``)));

  it('creates the database and its tables once, even when replicas migrate at the same time', async () => {
    await Promise.all([migrateDatabase(`${SERVER_URL}/${database}`), migrateDatabase(`${SERVER_URL}/${database}`)]);
    const tables = (await onServer((query) => query(`SHOW TABLES FROM \`${database}\``))) as Record<string, string>[];
    expect(tables.map((row) => Object.values(row)[0]).sort()).toEqual(['migrations', 'task', 'task_config', 'task_log', 'worker']);
    expect(await migrationsRun()).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('does nothing on a database that is up to date', async () => {
    await migrateDatabase(`${SERVER_URL}/${database}`);
    expect(await migrationsRun()).toEqual(MIGRATIONS.map((m) => m.name));
  });

  /** Each migration once, in order. */
  async function migrationsRun(): Promise<string[]> {
    const rows = (await onServer((query) => query(`SELECT name FROM \`${database}\`.migrations ORDER BY id`))) as { name: string }[];
    return rows.map((row) => row.name);
  }
});

describe('database URLs and reachability', () => {
  it.each(['not a url', 'postgres://root@localhost/x', 'mysql://root@localhost/', 'mysql://root@localhost/bad-name!'])('refuses %s', (url) => {
    expect(() => parseDatabaseUrl(url)).toThrow(InvalidDatabaseUrlError);
  });

  it('reads every part of a URL', () => {
    expect(parseDatabaseUrl('mysql://app:p%40ss@db.internal:3307/tasks')).toEqual({
      host: 'db.internal',
      port: 3307,
      user: 'app',
      password: 'p@ss',
      database: 'tasks',
    });
  });

  it('says in one line which server it cannot reach', async () => {
    await expect(migrateDatabase('mysql://root@127.0.0.1:1/asynctask')).rejects.toThrow('cannot reach MySQL at 127.0.0.1:1/asynctask: ECONNREFUSED');
    await expect(createMysqlAdapters('mysql://root@127.0.0.1:1/asynctask')).rejects.toThrow(/^cannot reach MySQL at 127\.0\.0\.1:1/);
  });
});
