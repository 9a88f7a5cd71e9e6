import { createConnection } from 'mysql2/promise';

/** Drops one database of the server `databaseUrl` points at. */
export async function dropDatabase(databaseUrl: string, database: string): Promise<void> {
  const url = new URL(databaseUrl);
  const connection = await createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username) || 'root',
    password: decodeURIComponent(url.password),
  });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  } finally {
    await connection.end();
  }
}
