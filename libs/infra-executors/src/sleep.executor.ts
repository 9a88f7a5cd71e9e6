import { NonRetryableError } from '@asynctask/domain';
import { defineExecutor } from './define-executor';

/** Waits payload.ms milliseconds; stops at once when the attempt is aborted. */
export const sleepExecutor = defineExecutor('sleep', ({ payload, signal }) => {
  const ms = payload.ms ?? 0;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
    return Promise.reject(new NonRetryableError('payload.ms must be a number of milliseconds ≥ 0'));
  }
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve({ sleptMs: ms });
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
});
