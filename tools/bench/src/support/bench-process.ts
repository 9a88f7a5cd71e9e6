import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ProcessMemory, processMemory } from './process-memory';

const live = new Set<ChildProcess>();

// Whatever ends the benchmark, no process it started outlives it.
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

const KEPT_OUTPUT_CHUNKS = 200;

/** One node program the benchmark runs as a child process: an app of the repo or a BullMQ worker. */
export class BenchProcess {
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;
  private readonly output: string[] = [];

  constructor(
    readonly name: string,
    script: string,
    env: Record<string, string>,
    nodeArgs: readonly string[] = [],
  ) {
    if (!existsSync(script)) throw new Error(`${script} is missing: run npm run build first`);
    this.child = spawn(process.execPath, [...nodeArgs, script], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    live.add(this.child);
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > KEPT_OUTPUT_CHUNKS) this.output.shift();
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code) => {
        live.delete(this.child);
        resolve(code);
      }),
    );
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last things it printed, for an error message. */
  recentOutput(): string {
    return this.output.join('').slice(-4000);
  }

  printed(text: string): boolean {
    return this.output.some((chunk) => chunk.includes(text));
  }

  memory(): ProcessMemory {
    return this.running ? processMemory(this.name, this.child.pid ?? -1) : { name: this.name, pid: this.child.pid ?? -1, rssKb: null, cpuMs: null };
  }

  whenExited(): Promise<number | null> {
    return this.exited;
  }

  /** SIGTERM, then SIGKILL if it has not ended within `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
