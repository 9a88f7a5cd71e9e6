import {
  CancellationBus,
  Clock,
  IdGenerator,
  LeaderElection,
  ReadyQueue,
  TaskConfigRepository,
  TaskLogRepository,
  TaskRepository,
  WorkerDispatch,
  WorkerRegistry,
  WorkerRepository,
} from '@asynctask/domain';
import { TaskMetrics } from './task-metrics';

/** Every port the use cases need; an app provides one adapter for each. */
export interface AsynctaskPorts {
  readonly tasks: TaskRepository;
  readonly logs: TaskLogRepository;
  readonly configs: TaskConfigRepository;
  readonly workers: WorkerRepository;
  readonly registry: WorkerRegistry;
  readonly queue: ReadyQueue;
  readonly dispatch: WorkerDispatch;
  readonly election: LeaderElection;
  readonly cancellations: CancellationBus;
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
