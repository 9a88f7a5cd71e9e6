import { AuthClient } from './auth.client';
import { ClientOptions } from './client-options';
import { StatsClient } from './stats.client';
import { TaskTypesClient } from './task-types.client';
import { TasksClient } from './tasks.client';
import { Transport } from './transport';
import { WorkersClient } from './workers.client';

export interface AsynctaskClient {
  readonly tasks: TasksClient;
  readonly taskTypes: TaskTypesClient;
  readonly workers: WorkersClient;
  readonly stats: StatsClient;
  readonly auth: AuthClient;
}

/** A typed client of the asynctask HTTP API; it runs in Node 20 and in browsers alike. */
export function createClient(options: ClientOptions): AsynctaskClient {
  const transport = new Transport(options);
  return {
    tasks: new TasksClient(transport),
    taskTypes: new TaskTypesClient(transport),
    workers: new WorkersClient(transport),
    stats: new StatsClient(transport),
    auth: new AuthClient(transport),
  };
}
