import { ExecutionContext, JsonValue, TaskExecutor } from '@asynctask/domain';

export class InvalidExecutorTypeError extends Error {
  constructor(type: string) {
    super(`an executor type must be a non-empty name without surrounding spaces, got ${JSON.stringify(type)}`);
    this.name = new.target.name;
  }
}

/**
 * The public way to add a local executor: a type name and the function that runs a task, e.g.
 * `defineExecutor('email', async ({ payload, signal }) => ({ sent: await mailer.send(payload, signal) }))`.
 * Throw NonRetryableError from `run` for a failure a retry cannot fix; stop when `signal` aborts.
 */
export function defineExecutor(type: string, run: (context: ExecutionContext) => Promise<JsonValue | undefined>): TaskExecutor {
  if (type.trim() === '' || type.trim() !== type) throw new InvalidExecutorTypeError(type);
  return Object.freeze({
    type,
    // async, so that a `run` which throws before its first await still rejects instead of throwing.
    execute: async (context: ExecutionContext) => run(context),
  });
}
