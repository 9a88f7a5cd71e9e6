import { ClientProxy } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { ClusterEventMap, ClusterEventType, ClusterEvents } from '@asynctask/domain';
import { ClusterEventMetrics } from '../metrics/cluster-event-metrics';

/** Cluster events sent by a Nest transport's client, with the event type as the pattern; counted by type. */
export class TransportClusterEvents implements ClusterEvents {
  private readonly metrics = new ClusterEventMetrics();

  constructor(private readonly client: Pick<ClientProxy, 'emit'>) {}

  async publish<T extends ClusterEventType>(type: T, event: ClusterEventMap[T]): Promise<void> {
    try {
      await lastValueFrom(this.client.emit(type, event), { defaultValue: undefined });
    } catch (error) {
      this.metrics.publishFailed(type);
      // Nest's Redis client rejects with a string while it reconnects.
      throw error instanceof Error ? error : new Error(String(error));
    }
    this.metrics.published(type);
  }
}
