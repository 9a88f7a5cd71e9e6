import { Module } from '@nestjs/common';
import { collectDefaultMetrics, register } from 'prom-client';
import { MetricsController } from './metrics.controller';

let defaultMetricsStarted = false;

@Module({ controllers: [MetricsController] })
export class MetricsModule {
  constructor() {
    // The default registry is process-wide: start the default collectors once per process.
    if (!defaultMetricsStarted && !register.getSingleMetric('process_cpu_user_seconds_total')) {
      collectDefaultMetrics();
    }
    defaultMetricsStarted = true;
  }
}
