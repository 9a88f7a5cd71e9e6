import 'reflect-metadata';
import { createWorkerApp } from '@asynctask/distributed';
import { WorkerAppEnvironment, listenOn, parseEnvironment, runMain } from '@asynctask/nest-runtime';

runMain('worker', async () => {
  const env = parseEnvironment(WorkerAppEnvironment);
  const app = await listenOn({ variable: 'HEALTH_PORT', port: env.HEALTH_PORT, host: '0.0.0.0' }, () => createWorkerApp(env));
  process.stdout.write(`asynctask worker: health and metrics on port ${env.HEALTH_PORT}\n`);
  return app;
});
