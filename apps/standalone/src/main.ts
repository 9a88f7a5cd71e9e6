import 'reflect-metadata';
import { listenOn, parseEnvironment, runMain, StandaloneEnvironment } from '@asynctask/nest-runtime';
import { createStandaloneApp } from './app/create-standalone-app';

runMain('standalone', async () => {
  const env = parseEnvironment(StandaloneEnvironment);
  await listenOn({ variable: 'PORT', port: env.PORT, host: '127.0.0.1' }, () => createStandaloneApp({ env }));
  process.stdout.write(`asynctask standalone: API at http://127.0.0.1:${env.PORT}/api/v1, docs at /api/docs\n`);
});
