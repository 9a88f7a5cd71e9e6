import { ExecutionContext, JsonObject, NonRetryableError, TaskExecutor } from '@asynctask/domain';

/** setTimeout fires at once for longer delays, so a longer sleep is refused instead. */
const MAX_SLEEP_MS = 2 ** 31 - 1;

/** Waits payload.ms milliseconds (0 by default); stops at once when the attempt is aborted. */
export class SleepExecutor implements TaskExecutor {
  readonly type = 'sleep';

  async execute({ payload, signal }: ExecutionContext): Promise<JsonObject> {
    const ms = payload.ms ?? 0;
    if (typeof ms !== 'number' || !(ms >= 0 && ms <= MAX_SLEEP_MS)) {
      throw new NonRetryableError(`payload.ms must be a number of milliseconds from 0 to ${MAX_SLEEP_MS}`);
    }
    await sleep(ms, signal);
    return { sleptMs: ms };
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
