import { DynamicModule, Module } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { HttpApiModule, createHttpApp } from '@asynctask/http-api';
import { AdapterSet, AsynctaskCoreModule, GatewayEnvironment, connectEventTransport, loggingModule } from '@asynctask/nest-runtime';
import { openDistributedAdapters } from './open-distributed-adapters';

/** The api-gateway: the HTTP API over MySQL and Redis; stateless, scales horizontally. */
@Module({})
export class GatewayModule {
  static create(env: GatewayEnvironment, adapters: AdapterSet): DynamicModule {
    return {
      module: GatewayModule,
      imports: [loggingModule({ level: env.LOG_LEVEL, pretty: env.LOG_FORMAT === 'pretty' }), AsynctaskCoreModule.forRoot({ adapters: async () => adapters }), HttpApiModule],
    };
  }
}

/**
 * Connects to MySQL and Redis first, so an unreachable store fails the start in one line; the
 * cluster events' handlers hear their channels before the app is initialised.
 * `dashboardDir` is the built dashboard to serve at /dashboard; else DASHBOARD_DIR, else none.
 */
export async function createGatewayApp(env: GatewayEnvironment, dashboardDir?: string): Promise<NestExpressApplication> {
  const adapters = await openDistributedAdapters(env);
  const app = await createHttpApp(GatewayModule.create(env, adapters), {
    bodyLimit: env.HTTP_BODY_LIMIT,
    apiKeys: env.API_KEYS,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    trustProxy: env.TRUST_PROXY,
    dashboardDir: dashboardDir ?? env.DASHBOARD_DIR,
  });
  await connectEventTransport(app, adapters.eventTransport);
  return app;
}
