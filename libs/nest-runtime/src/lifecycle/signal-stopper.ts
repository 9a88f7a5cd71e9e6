import { INestApplicationContext } from '@nestjs/common';
import { constants } from 'node:os';
import { StopPlan } from './stop-plan';
import { flushLogs } from '../logging/logging.module';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
type StopSignal = (typeof STOP_SIGNALS)[number];

/**
 * One Ctrl-C can arrive twice: from the terminal, and forwarded by a parent in the same process
 * group (npm when its shell execs node, as bash does). A repeat this soon is that echo, not a person.
 */
const ECHO_MS = 500;

/**
 * How the process answers SIGINT and SIGTERM. The first stops the app, saying at once what the stop
 * waits for, then that it has stopped (exit status 0). A second one, not the first's echo, exits at
 * once (128 + the signal's number), for a person who will not wait. Used instead of Nest's shutdown
 * hooks, which ignore every signal after the first. Before the app has started there is nothing to
 * stop cleanly, so a signal then exits at once too.
 */
export class SignalStopper {
  private stoppingSince: number | undefined;
  private app: INestApplicationContext | undefined;
  private plan: StopPlan | undefined;

  constructor(private readonly appName: string) {
    for (const signal of STOP_SIGNALS) process.on(signal, () => this.onSignal(signal));
  }

  /** From now on the first signal stops `app` cleanly; it must hold a StopPlan (AsynctaskCoreModule provides it). */
  attach(app: INestApplicationContext): void {
    this.plan = app.get(StopPlan);
    this.app = app;
  }

  private onSignal(signal: StopSignal): void {
    if (this.stoppingSince !== undefined) {
      if (performance.now() - this.stoppingSince < ECHO_MS) return;
      return this.exitAtOnce(`${signal} again: forced to stop at once, without waiting`, signal);
    }
    if (!this.app || !this.plan) return this.exitAtOnce(`${signal} before the start finished: stopped at once`, signal);
    const began = (this.stoppingSince = performance.now());
    const again = signal === 'SIGINT' ? 'Ctrl-C' : 'SIGTERM';
    this.say(`stopping: ${this.plan.describe()} (${again} again to stop at once)`);
    this.app.close().then(
      async () => {
        const ms = performance.now() - began;
        await flushLogs(); // so that "stopped" comes after the app's last log lines
        this.say(`stopped in ${took(ms)}`);
        process.exit(0);
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`asynctask ${this.appName}: could not stop cleanly: ${message.split('\n')[0]}\n`);
        process.exit(1);
      },
    );
  }

  private exitAtOnce(line: string, signal: StopSignal): void {
    process.stderr.write(`asynctask ${this.appName}: ${line}\n`);
    process.exit(128 + constants.signals[signal]);
  }

  private say(line: string): void {
    process.stdout.write(`asynctask ${this.appName}: ${line}\n`);
  }
}

function took(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
