import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { INestApplication } from '@nestjs/common';
import { HealthModule, MetricsModule, nestLogLevels } from '@asynctask/nest-runtime';

/** A scheduler or worker: no API, but health and metrics on HEALTH_PORT for Kubernetes probes and Prometheus. */
export async function createHeadlessApp(runtime: DynamicModule[], logLevel: string): Promise<INestApplication> {
  @Module({ imports: [...runtime, HealthModule, MetricsModule] })
  class HeadlessModule {}

  const app = await NestFactory.create(HeadlessModule, { logger: nestLogLevels(logLevel), abortOnError: false });
  app.enableShutdownHooks();
  return app;
}
