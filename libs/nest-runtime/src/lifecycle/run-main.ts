import { INestApplicationContext } from '@nestjs/common';
import { SignalStopper } from './signal-stopper';

/**
 * Runs an app's start-up; any failure to start (bad configuration, unreachable Redis or MySQL)
 * is printed as one line and the process exits with status 1, instead of a stack trace. When the
 * start-up returns the running app, SIGINT and SIGTERM stop it as SignalStopper tells.
 */
export function runMain(appName: string, start: () => Promise<INestApplicationContext | void>): void {
  const stopper = new SignalStopper(appName);
  start()
    .then((app) => {
      if (app) stopper.attach(app);
    })
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`asynctask ${appName}: cannot start: ${message.split('\n')[0]}\n`);
      process.exit(1);
    });
}
