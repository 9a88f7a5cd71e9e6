import 'reflect-metadata';
import { parseEnvironment, runMain, StandaloneEnvironment } from '@asynctask/nest-runtime';
import { createStandaloneApp } from './app/create-standalone-app';

runMain('standalone', async () => {
  const env = parseEnvironment(StandaloneEnvironment);
  const app = await createStandaloneApp({ env });
  await app.listen(env.PORT, '127.0.0.1');
  process.stdout.write(`asynctask standalone: API at http://127.0.0.1:${env.PORT}/api/v1, docs at /api/docs\n`);
  return app;
});
