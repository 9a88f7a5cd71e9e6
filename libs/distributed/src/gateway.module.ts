import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { HttpApiModule, configureHttpApp } from '@asynctask/http-api';
import { AdapterSet, AsynctaskCoreModule, GatewayEnvironment, nestLogLevels } from '@asynctask/nest-runtime';
import { openDistributedAdapters } from './open-distributed-adapters';

/** The api-gateway: the HTTP API over MySQL and Redis; stateless, scales horizontally. */
@Module({})
export class GatewayModule {
  static create(adapters: AdapterSet): DynamicModule {
    return {
      module: GatewayModule,
      imports: [AsynctaskCoreModule.forRoot({ adapters: async () => adapters }), HttpApiModule],
    };
  }
}

/** Connects to MySQL and Redis first, so an unreachable store fails the start in one line. */
export async function createGatewayApp(env: GatewayEnvironment): Promise<NestExpressApplication> {
  const adapters = await openDistributedAdapters(env);
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.create(adapters), {
    bodyParser: false,
    logger: nestLogLevels(env.LOG_LEVEL),
    abortOnError: false,
  });
  configureHttpApp(app, { bodyLimit: env.HTTP_BODY_LIMIT, apiKeys: env.API_KEYS });
  app.enableShutdownHooks();
  return app;
}
