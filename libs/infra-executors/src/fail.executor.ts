import { ExecutionContext, JsonObject, NonRetryableError, TaskExecutor } from '@asynctask/domain';

const DEFAULT_MESSAGE = 'failed on purpose';

/**
 * Fails on purpose, to exercise retries: throws payload.message (retryable unless
 * payload.retryable is false); with payload.succeedOnAttempt = n it succeeds from the n-th attempt on.
 */
export class FailExecutor implements TaskExecutor {
  readonly type = 'fail';

  async execute({ payload, attempt }: ExecutionContext): Promise<JsonObject> {
    const { succeedOnAttempt, message, retryable } = payload;
    if (typeof succeedOnAttempt === 'number' && attempt >= succeedOnAttempt) return { attempt };
    const text = typeof message === 'string' ? message : DEFAULT_MESSAGE;
    throw retryable === false ? new NonRetryableError(text) : new Error(text);
  }
}
