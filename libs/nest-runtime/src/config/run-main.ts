/**
 * Runs an app's start-up; any failure to start (bad configuration, unreachable Redis or MySQL)
 * is printed as one line and the process exits with status 1, instead of a stack trace.
 */
export function runMain(appName: string, start: () => Promise<void>): void {
  start().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`asynctask ${appName}: cannot start: ${message.split('\n')[0]}\n`);
    process.exit(1);
  });
}
