export * from './open-distributed-adapters';
export * from './gateway.module';
export * from './scheduler-app';
export * from './worker-app';
