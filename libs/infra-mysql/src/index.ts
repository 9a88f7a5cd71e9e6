export * from './database-url';
export * from './migrate';
export * from './create-mysql-adapters';
export * from './entities';
