import { TaskTiming } from '../measure/task-timing';
import { ProcessMemory } from '../support/process-memory';

/**
 * A task system under test, driven the same way for asynctask and BullMQ. A `kind` names one
 * phase's tasks (an asynctask task type, a BullMQ job name) so each phase is measured alone.
 */
export interface BenchTarget {
  readonly name: string;
  /** Starts the system with `workers` worker processes and waits until they take work. */
  start(workers: number): Promise<void>;
  /** Starts or stops worker processes until `count` run, each ready. */
  scaleWorkers(count: number): Promise<void>;
  /** Makes `kind` a kind of no-op task, before its phase starts. */
  prepareKind(kind: string): Promise<void>;
  submitBatch(kind: string, size: number): Promise<void>;
  submitOne(kind: string): Promise<void>;
  /** How many tasks of `kind` have finished successfully so far. */
  completedCount(kind: string): Promise<number>;
  /** The timings of every finished task of `kind`. */
  timings(kind: string, expected: number): Promise<TaskTiming[]>;
  /** The long-running processes of the system (gateway, workers). */
  memory(): ProcessMemory[];
  /** Stops every process and removes the database and Redis keys; safe to call twice. */
  stop(): Promise<void>;
}

export class SubmitRejectedError extends Error {
  constructor(target: string, status: number, body: string) {
    super(`${target} refused a submit: ${status} ${body.slice(0, 300)}`);
    this.name = 'SubmitRejectedError';
  }
}
