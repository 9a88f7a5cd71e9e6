import { describeError } from '../shared/periodic-job';
import { AppLogger } from '../shared/ports';

interface Attempt {
  readonly abort: AbortController;
  readonly done: Promise<void>;
}

/** The attempts a worker runs now, each with the controller that aborts it; a slot frees when one ends. */
export class RunningAttempts {
  private readonly running = new Map<string, Attempt>();
  private slotFreed: (() => void) | null = null;

  constructor(
    private readonly workerId: string,
    private readonly logger: AppLogger,
  ) {}

  get ids(): string[] {
    return [...this.running.keys()];
  }

  get size(): number {
    return this.running.size;
  }

  /** Runs one attempt until it ends; a failure of the run itself is logged, never thrown. */
  launch(taskId: string, run: (abort: AbortController) => Promise<void>): void {
    const abort = new AbortController();
    const done = run(abort)
      .catch((error) => this.logger.error(`task run failed: ${describeError(error)}`, { taskId, workerId: this.workerId }))
      .finally(() => {
        this.running.delete(taskId);
        this.wakeSlotWaiter();
      });
    this.running.set(taskId, { abort, done });
  }

  abort(taskId: string, reason: Error): void {
    this.running.get(taskId)?.abort.abort(reason);
  }

  /** Resolves when every attempt running now has ended and its outcome is stored. */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.running.values()].map((r) => r.done));
  }

  /** Resolves when an attempt ends (or wakeSlotWaiter is called). */
  untilSlotFree(): Promise<void> {
    return new Promise<void>((resolve) => (this.slotFreed = resolve));
  }

  wakeSlotWaiter(): void {
    this.slotFreed?.();
    this.slotFreed = null;
  }
}
