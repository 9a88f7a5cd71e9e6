import type { HttpSend } from '@asynctask/testing';

export interface Submission {
  /** When the answer came. */
  readonly at: number;
  readonly status: number | 'no answer';
  /** The ids of the tasks created, when it was accepted (201). */
  readonly taskIds: readonly string[];
}

/**
 * Submits a batch of tasks, waits `pauseMs`, and again, until stopped: the steady load a fault is
 * injected under. Keeps every answer, so a test can tell which tasks were accepted and when the
 * gateway refused. It sends through a raw sender, so every answer is seen as it came, not retried.
 */
export class ContinuousSubmitter {
  readonly submissions: Submission[] = [];
  private running = true;
  private readonly loop: Promise<void>;

  constructor(
    private readonly send: HttpSend,
    private readonly task: object,
    private readonly batchSize = 2,
    private readonly pauseMs = 100,
  ) {
    this.loop = this.run();
  }

  /** The ids of every accepted task so far. */
  get acceptedIds(): string[] {
    return this.submissions.flatMap((s) => s.taskIds);
  }

  /** The answers other than 201. */
  get refusals(): Submission[] {
    return this.submissions.filter((s) => s.status !== 201);
  }

  /** Stops after the request under way; returns the ids of every accepted task. */
  async stop(): Promise<string[]> {
    this.running = false;
    await this.loop;
    return this.acceptedIds;
  }

  private async run(): Promise<void> {
    while (this.running) {
      const response = await this.send('POST', '/tasks/batch', { tasks: Array.from({ length: this.batchSize }, () => this.task) }).catch(() => null);
      const status = response?.status ?? 'no answer';
      const taskIds = status === 201 ? (response?.body.tasks as { taskId: string }[]).map((t) => t.taskId) : [];
      this.submissions.push({ at: Date.now(), status, taskIds });
      await new Promise((resolve) => setTimeout(resolve, this.pauseMs));
    }
  }
}
