import { randomBytes } from 'node:crypto';
import { Connection } from 'mysql2/promise';
import { dropDatabase as dropDatabaseAt, onServer as onServerAt } from '@asynctask/testing/local-servers';

/** The server the specs use: DATABASE_URL's, whatever database it names. */
const SERVER = new URL(process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/asynctask');

/** A database name no other run (of this or another engineer's suite) will pick. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** DATABASE_URL pointed at `database` on the same server. */
export function databaseUrl(database: string): string {
  const url = new URL(SERVER.href);
  url.pathname = `/${database}`;
  return url.href;
}

/** Runs `work` on a connection to the server with no database selected. */
export function onServer<T>(work: (connection: Connection) => Promise<T>): Promise<T> {
  return onServerAt(SERVER.href, work);
}

export function dropDatabase(database: string): Promise<void> {
  return dropDatabaseAt(SERVER.href, database);
}

export function databaseExists(database: string): Promise<boolean> {
  return onServer(async (connection) => {
    const [rows] = await connection.query('SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [database]);
    return Array.isArray(rows) && rows.length === 1;
  });
}

/** The tables of `database`, sorted. */
export function tablesOf(database: string): Promise<string[]> {
  return onServer(async (connection) => {
    const [rows] = await connection.query('SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY name', [database]);
    return (rows as { name: string }[]).map((row) => row.name);
  });
}
