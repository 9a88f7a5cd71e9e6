import { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { HttpAppOptions, configureHttpApp } from './configure-http-app';
import { RateLimitModule } from './shared/rate-limit.module';

/**
 * An app serving the API (the gateway, the standalone), ready to listen: pino as Nest's logger,
 * the settings of configureHttpApp. `module` must import loggingModule. Signals are left to the
 * process (runMain), which closes the app so that what the module runs drains.
 */
export async function createHttpApp(module: DynamicModule, options: HttpAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(withRateLimit(module, options), { bodyParser: false, bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  configureHttpApp(app, options);
  return app;
}

/** The rate limiter is a module (its storage has a lifecycle), so it joins the app's module here. */
function withRateLimit(module: DynamicModule, { rateLimitPerMinute }: HttpAppOptions): DynamicModule {
  if (rateLimitPerMinute === undefined) return module;
  return { ...module, imports: [...(module.imports ?? []), RateLimitModule.forRoot(rateLimitPerMinute)] };
}
