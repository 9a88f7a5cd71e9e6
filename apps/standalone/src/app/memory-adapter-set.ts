import { UuidV7Generator, systemClock } from '@asynctask/application';
import { createMemoryAdapters } from '@asynctask/infra-memory';
import { AdapterSet, PrometheusTaskMetrics, TransportClusterEvents, inProcessEventTransport } from '@asynctask/nest-runtime';

/** The standalone's stores: all in this process's memory, gone when it stops; its events go to its own handlers. */
export function memoryAdapterSet(): AdapterSet {
  const memory = createMemoryAdapters(systemClock);
  const eventTransport = inProcessEventTransport();
  return {
    ports: {
      ...memory,
      events: new TransportClusterEvents(eventTransport.client),
      clock: systemClock,
      ids: new UuidV7Generator(),
      metrics: new PrometheusTaskMetrics(),
    },
    eventTransport,
    probes: [],
    close: async () => undefined,
  };
}
