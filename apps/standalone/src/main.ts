import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dashboardDir } from '@asynctask/http-api';
import { listenOn, parseEnvironment, runMain, StandaloneEnvironment } from '@asynctask/nest-runtime';
import { createStandaloneApp } from './app/create-standalone-app';

runMain('standalone', async () => {
  const env = parseEnvironment(StandaloneEnvironment);
  const dashboard = dashboardDir(env.DASHBOARD_DIR, __dirname);
  const app = await listenOn({ variable: 'PORT', port: env.PORT, host: '127.0.0.1' }, () => createStandaloneApp({ env, dashboardDir: dashboard }));
  const base = `http://127.0.0.1:${env.PORT}`;
  process.stdout.write(`asynctask standalone: API at ${base}/api/v1, docs at /api/docs\n`);
  const built = existsSync(join(dashboard, 'index.html'));
  process.stdout.write(built ? `asynctask standalone: dashboard at ${base}/dashboard\n` : `asynctask standalone: dashboard not built (${dashboard}): run npm run build\n`);
  return app;
});
