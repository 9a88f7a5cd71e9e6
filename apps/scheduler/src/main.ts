import 'reflect-metadata';
import { createSchedulerApp } from '@asynctask/distributed';
import { SchedulerEnvironment, parseEnvironment, runMain } from '@asynctask/nest-runtime';

runMain('scheduler', async () => {
  const env = parseEnvironment(SchedulerEnvironment);
  const app = await createSchedulerApp(env);
  await app.listen(env.HEALTH_PORT, '0.0.0.0');
  process.stdout.write(`asynctask scheduler: health and metrics on port ${env.HEALTH_PORT}\n`);
  return app;
});
