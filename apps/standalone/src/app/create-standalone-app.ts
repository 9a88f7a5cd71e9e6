import { NestExpressApplication } from '@nestjs/platform-express';
import { createHttpApp } from '@asynctask/http-api';
import { connectEventTransport } from '@asynctask/nest-runtime';
import { memoryAdapterSet } from './memory-adapter-set';
import { StandaloneOptions, StandaloneModule } from './standalone.module';

/** Builds the standalone app, ready to listen; tests use it as it is. */
export async function createStandaloneApp(options: StandaloneOptions): Promise<NestExpressApplication> {
  const { env } = options;
  const adapters = memoryAdapterSet();
  const app = await createHttpApp(StandaloneModule.create(options, adapters), {
    bodyLimit: env.HTTP_BODY_LIMIT,
    apiKeys: env.API_KEYS,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    trustProxy: env.TRUST_PROXY,
    dashboardDir: options.dashboardDir ?? env.DASHBOARD_DIR,
  });
  await connectEventTransport(app, adapters.eventTransport);
  return app;
}
