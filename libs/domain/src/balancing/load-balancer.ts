/** A worker that can take the task now: it is alive, has the executor and a free slot. */
export interface WorkerCandidate {
  readonly workerId: string;
  readonly load: number;
  readonly capacity: number;
}

export interface LoadBalancer {
  /** Picks one of the candidates for the task identified by `routingKey`; undefined when there are none. */
  select(candidates: readonly WorkerCandidate[], routingKey: string): WorkerCandidate | undefined;
}
