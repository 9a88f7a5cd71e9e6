import { AsynctaskPorts } from '../shared/ports';
import { AttemptCancelled } from './abort-reasons';
import { RunningAttempts } from './running-attempts';

/** Listens for cancellations and aborts the attempt of a cancelled task if this worker runs it. */
export class CancelListener {
  private unsubscribe: (() => Promise<void>) | null = null;

  constructor(
    private readonly ports: Pick<AsynctaskPorts, 'cancellations'>,
    private readonly attempts: RunningAttempts,
  ) {}

  async listen(): Promise<void> {
    this.unsubscribe ??= await this.ports.cancellations.subscribe((taskId) => this.attempts.abort(taskId, new AttemptCancelled()));
  }

  async stop(): Promise<void> {
    const unsubscribe = this.unsubscribe;
    this.unsubscribe = null;
    await unsubscribe?.();
  }
}
