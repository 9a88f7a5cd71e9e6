import 'reflect-metadata';
import { createGatewayApp } from '@asynctask/distributed';
import { GatewayEnvironment, listenOn, parseEnvironment, runMain } from '@asynctask/nest-runtime';

runMain('api-gateway', async () => {
  const env = parseEnvironment(GatewayEnvironment);
  await listenOn({ variable: 'PORT', port: env.PORT, host: '0.0.0.0' }, () => createGatewayApp(env));
  process.stdout.write(`asynctask api-gateway: listening on port ${env.PORT}\n`);
});
