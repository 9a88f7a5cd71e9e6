/** When one finished task was created, started and completed, in epoch milliseconds. */
export interface TaskTiming {
  readonly createdAt: number;
  readonly startedAt: number;
  readonly completedAt: number;
}
