export * from './redis-keys';
export * from './redis-connection';
export * from './redis-connection-options';
export * from './create-redis-adapters';
export * from './redis-event-transport';
