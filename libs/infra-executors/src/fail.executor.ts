import { NonRetryableError } from '@asynctask/domain';
import { defineExecutor } from './define-executor';

/**
 * Fails on purpose with payload.message. With payload.succeedOnAttempt = n it succeeds from the
 * n-th attempt on; with payload.retryable = false the failure is not retried.
 */
export const failExecutor = defineExecutor('fail', async ({ payload, attempt }) => {
  const succeedOn = payload.succeedOnAttempt;
  if (typeof succeedOn === 'number' && attempt >= succeedOn) return { attempt };
  const message = typeof payload.message === 'string' ? payload.message : 'failed on purpose';
  throw payload.retryable === false ? new NonRetryableError(message) : new Error(message);
});
