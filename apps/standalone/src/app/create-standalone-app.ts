import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { configureHttpApp } from '@asynctask/http-api';
import { Logger } from 'nestjs-pino';
import { StandaloneOptions, StandaloneModule } from './standalone.module';

/** Builds the standalone app, ready to listen; tests use it as it is. */
export async function createStandaloneApp(options: StandaloneOptions): Promise<NestExpressApplication> {
  const { env } = options;
  const app = await NestFactory.create<NestExpressApplication>(StandaloneModule.create(options), {
    bodyParser: false,
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  configureHttpApp(app, { bodyLimit: env.HTTP_BODY_LIMIT, apiKeys: env.API_KEYS });
  app.enableShutdownHooks();
  return app;
}
