import { Counter, register } from 'prom-client';
import { ClusterEventType } from '@asynctask/domain';

/** prom-client's registry is per process: one counter each, however many apps a process builds (as tests do). */
function counter(name: string, help: string): Counter<'type'> {
  return (register.getSingleMetric(name) as Counter<'type'> | undefined) ?? new Counter({ name, help, labelNames: ['type'] });
}

/** The events between processes, counted by type where they are published and where they are handled. */
export class ClusterEventMetrics {
  private readonly publishedTotal = counter('asynctask_cluster_events_published_total', 'Cluster events handed to the transport');
  private readonly failedTotal = counter('asynctask_cluster_events_publish_failed_total', 'Cluster events the transport could not take (lost; each has a backstop)');
  private readonly handledTotal = counter('asynctask_cluster_events_handled_total', 'Cluster events this process handled');

  published(type: ClusterEventType): void {
    this.publishedTotal.inc({ type });
  }

  publishFailed(type: ClusterEventType): void {
    this.failedTotal.inc({ type });
  }

  handled(type: ClusterEventType): void {
    this.handledTotal.inc({ type });
  }
}
