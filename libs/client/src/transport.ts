import createFetchClient, { type Client } from 'openapi-fetch';
import type { paths } from './generated/api';
import { AsynctaskConnectionError, apiErrorFrom } from './errors';
import { ClientOptions } from './client-options';
import { RetryPolicy, RetrySafety, retryAfterMs } from './retry-policy';
import { sleep } from './sleep';

export interface RequestOptions {
  /** Aborts the request, and any wait before a retry. */
  readonly signal?: AbortSignal;
}

/** What openapi-fetch resolves with. */
interface Answer<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

/** Sends typed requests (openapi-fetch), retries refused ones and turns failures into the client's errors. */
export class Transport {
  readonly api: Client<paths>;
  private readonly retry: RetryPolicy;

  constructor(options: ClientOptions) {
    const send = options.fetch ?? ((request: Request) => fetch(request));
    this.retry = new RetryPolicy(options.retry);
    this.api = createFetchClient<paths>({
      baseUrl: options.baseUrl,
      headers: options.apiKey === undefined ? {} : { 'x-api-key': options.apiKey },
      fetch: (request) =>
        send(request).catch((error: unknown) => {
          throw request.signal.aborted ? error : new AsynctaskConnectionError(request.url, error);
        }),
    });
  }

  /** The data of a 2xx answer to `request`, sent again while the retry policy allows. */
  async call<T>(safety: RetrySafety, options: RequestOptions, request: (init: RequestOptions) => Promise<Answer<T>>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const { data, error, response } = await request({ signal: options.signal });
      if (response.ok) return data as T;
      const delayMs = this.retry.delayBeforeRetry(attempt, response, safety);
      if (delayMs === undefined) throw apiErrorFrom(response, error, retryAfterMs(response.headers.get('retry-after')));
      await sleep(delayMs, options.signal);
    }
  }
}
