export * from './redis-keys';
export * from './redis-connection';
export * from './create-redis-adapters';
