export * from './builders';
export * from './task-repository.contract';
export * from './task-config-repository.contract';
export * from './worker-store.contract';
export * from './dispatch-queue.contract';
export * from './leader-election.contract';
export * from './cancellation-bus.contract';
