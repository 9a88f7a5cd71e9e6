import { ExecutionContext, JsonObject, TaskExecutor } from '@asynctask/domain';

/** Succeeds with the task's payload as its result. */
export class EchoExecutor implements TaskExecutor {
  readonly type = 'echo';

  async execute({ payload }: ExecutionContext): Promise<JsonObject> {
    return payload;
  }
}
