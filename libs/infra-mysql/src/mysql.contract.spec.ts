import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import {
  describeTaskConfigRepositoryContract,
  describeTaskRepositoryContract,
  describeWorkerRepositoryContract,
} from '@asynctask/testing';
import { MysqlAdapters, createMysqlAdapters } from './create-mysql-adapters';
import { migrateDatabase } from './migrate';

const SERVER_URL = (process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/asynctask').replace(/\/[^/]*$/, '');
const DATABASE = `asynctask_test_${process.pid}_${randomBytes(3).toString('hex')}`;
const URL = `${SERVER_URL}/${DATABASE}`;

let adapters: MysqlAdapters;

beforeAll(async () => {
  await migrateDatabase(URL);
  adapters = await createMysqlAdapters(URL, { poolSize: 5 });
}, 30_000);

afterAll(async () => {
  await adapters?.close();
  const server = new globalThis.URL(SERVER_URL);
  const connection = await createConnection({ host: server.hostname, port: Number(server.port || 3306), user: server.username || 'root', password: server.password });
  await connection.query(`DROP DATABASE IF EXISTS \`${DATABASE}\``);
  await connection.end();
});

/** Each test starts on empty tables of this run's own database. */
async function emptyTables(): Promise<MysqlAdapters & { close(): Promise<void> }> {
  for (const table of ['task', 'task_log', 'task_config', 'worker']) await adapters.dataSource.query(`DELETE FROM ${table}`);
  return { ...adapters, close: async () => undefined };
}

describeTaskRepositoryContract('mysql', emptyTables);
describeTaskConfigRepositoryContract('mysql', emptyTables);
describeWorkerRepositoryContract('mysql', emptyTables);
