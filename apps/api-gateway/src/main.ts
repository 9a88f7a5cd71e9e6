import 'reflect-metadata';
import { createGatewayApp } from '@asynctask/distributed';
import { dashboardDir } from '@asynctask/http-api';
import { GatewayEnvironment, parseEnvironment, runMain } from '@asynctask/nest-runtime';

runMain('api-gateway', async () => {
  const env = parseEnvironment(GatewayEnvironment);
  const app = await createGatewayApp(env, dashboardDir(env.DASHBOARD_DIR, __dirname));
  await app.listen(env.PORT, '0.0.0.0');
  process.stdout.write(`asynctask api-gateway: listening on port ${env.PORT}, dashboard at /dashboard\n`);
  return app;
});
