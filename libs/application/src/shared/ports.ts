import {
  Clock,
  ClusterEvents,
  DispatchQueue,
  IdGenerator,
  LeaderElection,
  TaskConfigRepository,
  TaskLogRepository,
  TaskRepository,
  WorkerRegistry,
  WorkerRepository,
} from '@asynctask/domain';
import { TaskMetrics } from './task-metrics';

/**
 * Every port the use cases need; an app provides one adapter for each (see AdapterSet). A use case
 * takes only the ones it uses, as a Pick of this, and reads them through the object it was given.
 */
export interface AsynctaskPorts {
  readonly tasks: TaskRepository;
  readonly logs: TaskLogRepository;
  readonly configs: TaskConfigRepository;
  readonly workers: WorkerRepository;
  readonly registry: WorkerRegistry;
  readonly queue: DispatchQueue;
  readonly election: LeaderElection;
  readonly events: ClusterEvents;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly metrics: TaskMetrics;
}

/** What the use cases report through; the apps plug in their logger. */
export interface AppLogger {
  log(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export const silentLogger: AppLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };
