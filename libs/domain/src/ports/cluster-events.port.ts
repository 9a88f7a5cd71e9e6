import { TaskStatus } from '../task/task-status';

/** What one process of an installation tells all of them (itself included), by event type. */
export interface ClusterEventMap {
  /** The store says the task's running attempt must stop (cancelled, or timed out by the scheduler). */
  readonly 'task.cancelled': { readonly taskId: string };
  /** A task type was created, replaced or deleted: forget what is cached of it. */
  readonly 'task-config.changed': { readonly taskType: string };
  /** The task reached a terminal status in the store. */
  readonly 'task.ended': { readonly taskId: string; readonly status: TaskStatus };
}

export type ClusterEventType = keyof ClusterEventMap;

export const CLUSTER_EVENT_TYPES: readonly ClusterEventType[] = ['task.cancelled', 'task-config.changed', 'task.ended'];

/**
 * Sends events to every process of the installation. Fire-and-forget, as pub/sub is: a process
 * that is not listening at that moment never gets the event, so whoever relies on one has a
 * backstop (a heartbeat, a cache's time to live, a read of the store).
 */
export interface ClusterEvents {
  /** Resolves once the event is handed to the transport; rejects when it could not be. */
  publish<T extends ClusterEventType>(type: T, event: ClusterEventMap[T]): Promise<void>;
}
