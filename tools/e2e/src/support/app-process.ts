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
  private readonly printed = new Set<() => void>();
  private ended = false;
  /** The signal that ended it, when one did (SIGKILL; the apps answer SIGINT and SIGTERM by exiting). */
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
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      for (const check of this.printed) check();
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    // 'close', not 'exit': by then everything it printed has been read.
    this.exited = new Promise((resolve) =>
      this.child.once('close', (code: number | null, signal: NodeJS.Signals | null) => {
        live.delete(this.child);
        this.ended = true;
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

  /** Resolves with the exit code once the process has ended and all it printed is in `output`. */
  whenExited(): Promise<number | null> {
    return this.exited;
  }

  /** The first whole line it prints that matches `pattern`, as soon as it is printed; fails if it exits or `timeoutMs` passes first. */
  printedLine(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const settle = (outcome: () => void) => {
        this.printed.delete(check);
        clearTimeout(timer);
        outcome();
      };
      const check = () => {
        const line = this.output.join('').split('\n').slice(0, -1).find((l) => pattern.test(l));
        if (line !== undefined) settle(() => resolve(line));
        else if (this.ended) settle(() => reject(new Error(`${this.name} exited without printing ${pattern}:\n${this.output.join('')}`)));
      };
      const timer = setTimeout(() => settle(() => reject(new Error(`${this.name} printed no ${pattern} within ${timeoutMs} ms:\n${this.output.join('')}`))), timeoutMs);
      this.printed.add(check);
      void this.exited.then(check);
      check();
    });
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
