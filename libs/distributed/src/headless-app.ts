import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { CommonEnvironment, EventTransport, HealthModule, MetricsModule, connectEventTransport, loggingModule } from '@asynctask/nest-runtime';

/**
 * A scheduler or worker: no API, but health and metrics on HEALTH_PORT for Kubernetes probes and
 * Prometheus, and the cluster events' handlers on `events`. Signals are left to the process
 * (runMain), which closes the app so that it drains.
 */
export async function createHeadlessApp(runtime: DynamicModule[], env: CommonEnvironment, events: EventTransport): Promise<INestApplication> {
  @Module({ imports: [loggingModule({ level: env.LOG_LEVEL, pretty: env.LOG_FORMAT === 'pretty' }), ...runtime, HealthModule, MetricsModule] })
  class HeadlessModule {}

  const app = await NestFactory.create(HeadlessModule, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  await connectEventTransport(app, events);
  return app;
}
