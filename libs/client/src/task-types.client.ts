import { PutTaskConfigInput, TaskConfig } from './api-types';
import { RequestOptions, Transport } from './transport';

/** Task types: how tasks of a type run, retry and spread over workers. */
export class TaskTypesClient {
  constructor(private readonly transport: Transport) {}

  async list(options: RequestOptions = {}): Promise<readonly TaskConfig[]> {
    const list = await this.transport.call('idempotent', options, (init) => this.transport.api.GET('/api/v1/task-configs', { ...init }));
    return list.items;
  }

  get(taskType: string, options: RequestOptions = {}): Promise<TaskConfig> {
    return this.transport.call('idempotent', options, (init) =>
      this.transport.api.GET('/api/v1/task-configs/{taskType}', { ...init, params: { path: { taskType } } }),
    );
  }

  /** Creates the task type or replaces all of its settings (absent ones take their defaults). */
  put(taskType: string, config: PutTaskConfigInput, options: RequestOptions = {}): Promise<TaskConfig> {
    return this.transport.call('idempotent', options, (init) =>
      this.transport.api.PUT('/api/v1/task-configs/{taskType}', { ...init, params: { path: { taskType } }, body: config }),
    );
  }

  /** Removes the task type; AsynctaskConflictError while tasks of it are waiting or running. */
  async delete(taskType: string, options: RequestOptions = {}): Promise<void> {
    await this.transport.call('idempotent', options, (init) =>
      this.transport.api.DELETE('/api/v1/task-configs/{taskType}', { ...init, params: { path: { taskType } } }),
    );
  }
}
