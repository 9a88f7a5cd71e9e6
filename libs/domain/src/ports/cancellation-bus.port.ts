/** Tells workers that a task was cancelled, so one running it can abort it. */
export interface CancellationBus {
  publish(taskId: string): Promise<void>;
  /** Calls `handler` for every cancellation until the returned function is called. */
  subscribe(handler: (taskId: string) => void): Promise<() => Promise<void>>;
}
