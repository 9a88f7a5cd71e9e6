import 'reflect-metadata';
import { createSchedulerApp } from '@asynctask/distributed';
import { SchedulerEnvironment, listenOn, parseEnvironment, runMain } from '@asynctask/nest-runtime';

runMain('scheduler', async () => {
  const env = parseEnvironment(SchedulerEnvironment);
  const app = await listenOn({ variable: 'HEALTH_PORT', port: env.HEALTH_PORT, host: '0.0.0.0' }, () => createSchedulerApp(env));
  process.stdout.write(`asynctask scheduler: health and metrics on port ${env.HEALTH_PORT}\n`);
  return app;
});
