import { ClusterEventMap, ClusterEventType, ClusterEvents } from '@asynctask/domain';

type Handler<T extends ClusterEventType> = (event: ClusterEventMap[T]) => void;

/**
 * Cluster events within one process, for the use-case tests: what the Nest apps route to their
 * event handlers, a test hands to the handlers it subscribed. Delivered before publish resolves.
 */
export class MemoryClusterEvents implements ClusterEvents {
  private readonly handlers = new Map<ClusterEventType, Set<Handler<never>>>();

  async publish<T extends ClusterEventType>(type: T, event: ClusterEventMap[T]): Promise<void> {
    for (const handler of [...(this.handlers.get(type) ?? [])]) (handler as Handler<T>)(event);
  }

  /** Calls `handler` with every event of `type` until the returned function is called. */
  subscribe<T extends ClusterEventType>(type: T, handler: Handler<T>): () => void {
    const own: Handler<T> = (event) => handler(event);
    const handlers = this.handlers.get(type) ?? new Set();
    handlers.add(own as Handler<never>);
    this.handlers.set(type, handlers);
    return () => handlers.delete(own as Handler<never>);
  }
}
