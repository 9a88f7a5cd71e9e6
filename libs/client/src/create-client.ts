import { RetryOptions } from './retry-policy';
import { StatsClient } from './stats.client';
import { TaskTypesClient } from './task-types.client';
import { TasksClient } from './tasks.client';
import { Transport } from './transport';
import { WorkersClient } from './workers.client';

export interface ClientOptions {
  /** The server's root URL, e.g. http://127.0.0.1:3001 (the API's paths start with /api/v1). */
  readonly baseUrl: string;
  /** Sent as the x-api-key header. */
  readonly apiKey?: string;
  /** The fetch to send requests with; the global one by default. */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** How refused requests (429, 503) are sent again; false sends every request once. */
  readonly retry?: RetryOptions | false;
}

export interface AsynctaskClient {
  readonly tasks: TasksClient;
  readonly taskTypes: TaskTypesClient;
  readonly workers: WorkersClient;
  readonly stats: StatsClient;
}

/** A typed client of the asynctask HTTP API; it runs in Node 20 and in browsers alike. */
export function createClient(options: ClientOptions): AsynctaskClient {
  const transport = new Transport(options);
  return {
    tasks: new TasksClient(transport),
    taskTypes: new TaskTypesClient(transport),
    workers: new WorkersClient(transport),
    stats: new StatsClient(transport),
  };
}
