import { DataSource } from 'typeorm';
import { sslOptions } from './database-tls';
import { DatabaseAddress } from './database-url';
import { ENTITIES } from './entities';
import { InitialSchema1767225600000 } from './migrations/1767225600000-initial-schema';
import { TaskLastChange1767312000000 } from './migrations/1767312000000-task-last-change';
import { TaskWorkerListIndex1768003200000 } from './migrations/1768003200000-task-worker-list-index';

/** Every migration, in order; listed by hand because the apps are bundled. */
export const MIGRATIONS = [InitialSchema1767225600000, TaskLastChange1767312000000, TaskWorkerListIndex1768003200000];

export function createDataSource(address: DatabaseAddress, poolSize: number): DataSource {
  return new DataSource({
    type: 'mysql',
    connectorPackage: 'mysql2',
    host: address.host,
    port: address.port,
    username: address.user,
    password: address.password,
    database: address.database,
    ssl: sslOptions(address.tls),
    timezone: 'Z',
    charset: 'utf8mb4_bin',
    poolSize,
    connectTimeout: 5000,
    // JSON always as text, so TypeORM parses it exactly once: MySQL 8 would otherwise hand over
    // parsed values, and TypeORM would parse a stored string such as "123" a second time.
    extra: { jsonStrings: true },
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: false,
  });
}
