import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { repoPath } from './repo-path';
const live = new Set<ChildProcess>();

// Whatever happens to the test run, no app it started outlives it.
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export type AppName = 'api-gateway' | 'scheduler' | 'worker' | 'db-migrate' | 'standalone';

/** One built app running as its own process, as it would in production. */
export class AppProcess {
  readonly output: string[] = [];
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;
  /** The signal that ended it, when one did (Nest re-raises SIGTERM once its shutdown hooks ran). */
  exitSignal: NodeJS.Signals | null = null;

  constructor(
    readonly app: AppName,
    readonly name: string,
    env: Record<string, string>,
  ) {
    const main = repoPath('dist/apps', app, 'main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first`);
    this.child = spawn(process.execPath, [main], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    live.add(this.child);
    const keep = (chunk: Buffer) => this.output.push(chunk.toString());
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => {
        live.delete(this.child);
        this.exitSignal = signal;
        resolve(code);
      }),
    );
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves with the exit code once the process has ended. */
  whenExited(): Promise<number | null> {
    return this.exited;
  }

  kill(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }

  /** SIGTERM, then SIGKILL if it has not ended within `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
