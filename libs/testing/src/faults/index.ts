export * from './port-calls';
export * from './held-call';
export * from './faulty-port';
export * from './faulty-ports';
