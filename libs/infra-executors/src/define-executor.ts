import { ExecutionContext, JsonValue, TaskExecutor } from '@asynctask/domain';

/** The public way to add a local executor: a type name and the function that runs a task. */
export function defineExecutor(
  type: string,
  run: (context: ExecutionContext) => Promise<JsonValue | undefined>,
): TaskExecutor {
  return { type, execute: run };
}
