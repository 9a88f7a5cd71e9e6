import 'reflect-metadata';
import { createWorkerApp } from '@asynctask/distributed';
import { WorkerAppEnvironment, parseEnvironment, runMain } from '@asynctask/nest-runtime';

runMain('worker', async () => {
  const env = parseEnvironment(WorkerAppEnvironment);
  const app = await createWorkerApp(env);
  await app.listen(env.HEALTH_PORT, '0.0.0.0');
  process.stdout.write(`asynctask worker: health and metrics on port ${env.HEALTH_PORT}\n`);
  return app;
});
