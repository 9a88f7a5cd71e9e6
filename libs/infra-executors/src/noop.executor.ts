import { JsonObject, TaskExecutor } from '@asynctask/domain';

/** Does nothing and succeeds: for trying out the pipeline. */
export class NoopExecutor implements TaskExecutor {
  readonly type = 'noop';

  async execute(): Promise<JsonObject> {
    return {};
  }
}
