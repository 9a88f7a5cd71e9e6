import { RetryOptions } from './retry-policy';

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
