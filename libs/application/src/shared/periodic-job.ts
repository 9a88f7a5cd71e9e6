import { AppLogger } from './ports';

/**
 * Runs `job` again and again until stopped: right away when it reports more work, else after
 * `idle` resolves (a timer or a wake-up). One run at a time; an error is logged and the loop goes on.
 */
export class PeriodicJob {
  private running = false;
  private loop: Promise<void> | null = null;
  private cutIdleShort: (() => void) | null = null;

  constructor(
    private readonly name: string,
    private readonly job: () => Promise<boolean>,
    private readonly idle: () => Promise<void>,
    private readonly logger: AppLogger,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops after the current run; resolves when it has ended. */
  async stop(): Promise<void> {
    this.running = false;
    this.cutIdleShort?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let moreWork = false;
      try {
        moreWork = await this.job();
      } catch (error) {
        this.logger.error(`${this.name} failed: ${describeError(error)}`);
      }
      if (this.running && !moreWork) {
        await Promise.race([this.idle(), new Promise<void>((resolve) => (this.cutIdleShort = resolve))]);
        this.cutIdleShort = null;
      }
    }
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A pause that does not keep the process alive by itself: servers and connections do that. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
