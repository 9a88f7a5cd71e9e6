/** Why a running attempt was aborted; the runner records a different outcome for each. */
export class AttemptTimedOut extends Error {
  constructor(seconds: number) {
    super(`timed out after ${seconds}s`);
    this.name = 'AttemptTimedOut';
  }
}

export class AttemptCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'AttemptCancelled';
  }
}

/** The store no longer names this worker for the task: the scheduler took it back while this worker was away. */
export class AttemptTakenBack extends Error {
  constructor() {
    super('taken back from this worker');
    this.name = 'AttemptTakenBack';
  }
}

export class WorkerShuttingDown extends Error {
  constructor() {
    super('worker shutting down');
    this.name = 'WorkerShuttingDown';
  }
}

/** Settles (rejects) when the signal aborts, so a runner never waits on an executor that ignores it. */
export function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
