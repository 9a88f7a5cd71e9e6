import { UuidV7Generator, systemClock } from '@asynctask/application';
import { createMemoryAdapters } from '@asynctask/infra-memory';
import { AdapterSet, PrometheusTaskMetrics } from '@asynctask/nest-runtime';

/** The standalone's stores: all in this process's memory, gone when it stops. */
export function memoryAdapterSet(): AdapterSet {
  const memory = createMemoryAdapters(systemClock);
  return {
    ports: { ...memory, clock: systemClock, ids: new UuidV7Generator(), metrics: new PrometheusTaskMetrics() },
    probes: [],
    close: async () => undefined,
  };
}
