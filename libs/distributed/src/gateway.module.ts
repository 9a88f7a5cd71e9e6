import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { HttpApiModule, configureHttpApp } from '@asynctask/http-api';
import { Logger } from 'nestjs-pino';
import { AdapterSet, AsynctaskCoreModule, GatewayEnvironment, loggingModule } from '@asynctask/nest-runtime';
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

/** Connects to MySQL and Redis first, so an unreachable store fails the start in one line. */
export async function createGatewayApp(env: GatewayEnvironment): Promise<NestExpressApplication> {
  const adapters = await openDistributedAdapters(env);
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.create(env, adapters), {
    bodyParser: false,
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  configureHttpApp(app, { bodyLimit: env.HTTP_BODY_LIMIT, apiKeys: env.API_KEYS });
  app.enableShutdownHooks();
  return app;
}
