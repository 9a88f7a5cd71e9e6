export * from './port-calls';
export * from './held-call';
export * from './faulty-port';
export * from './faulty-ports';
export * from './faulty-dispatch-queue.contract';
export * from './faulty-task-repository.contract';
