/** What the use cases count and time; the apps plug in Prometheus. */
export interface TaskMetrics {
  tasksCreated(taskType: string, count: number): void;
  tasksDispatched(count: number): void;
  /** A task started; `queueWaitSeconds` since it became due. */
  taskStarted(taskType: string, queueWaitSeconds: number): void;
  /** An attempt ended: `outcome` is the status it led to (SUCCESS, FAILED, TIMEOUT, or PENDING for a retry). */
  taskFinished(taskType: string, outcome: string, durationSeconds: number): void;
  tasksRequeued(reason: string, count: number): void;
  /** A Redis step that follows a stored change failed for `count` tasks; the scheduler's repair passes redo it. */
  dispatchFollowUpFailed(step: string, count: number): void;
}

export const noMetrics: TaskMetrics = {
  tasksCreated: () => undefined,
  tasksDispatched: () => undefined,
  taskStarted: () => undefined,
  taskFinished: () => undefined,
  tasksRequeued: () => undefined,
  dispatchFollowUpFailed: () => undefined,
};
