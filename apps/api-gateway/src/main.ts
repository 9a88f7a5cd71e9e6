import 'reflect-metadata';
import { createGatewayApp } from '@asynctask/distributed';
import { dashboardDir } from '@asynctask/http-api';
import { GatewayEnvironment, listenOn, parseEnvironment, runMain } from '@asynctask/nest-runtime';

runMain('api-gateway', async () => {
  const env = parseEnvironment(GatewayEnvironment);
  const app = await listenOn({ variable: 'PORT', port: env.PORT, host: '0.0.0.0' }, () => createGatewayApp(env, dashboardDir(env.DASHBOARD_DIR, __dirname)));
  process.stdout.write(`asynctask api-gateway: listening on port ${env.PORT}, dashboard at /dashboard\n`);
  return app;
});
