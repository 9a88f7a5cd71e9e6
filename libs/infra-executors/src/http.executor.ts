import { ExecutionContext, JsonValue, NonRetryableError, TaskExecutor } from '@asynctask/domain';
import { LookupFunction } from 'node:net';
import { Agent, Response, fetch } from 'undici';
import {
  HttpRedirectError,
  HttpRejectedError,
  HttpRequestFailedError,
  HttpUnavailableError,
  ResponseTooLargeError,
} from './http-executor.errors';
import { httpRequestTargetOf } from './http-request-target';
import { declaredLength, discardBody, readBodyStart } from './read-response-body';

/** Keeps the executor's requests away from addresses they must not reach (createSsrfGuard is one). */
export interface AddressGuard {
  /** Called before each request; throws to refuse the url before anything is sent. */
  assertAllowed(url: URL): Promise<void>;
  /**
   * Resolves host names for the executor's connections, which connect to exactly the addresses it
   * hands back; it refuses a name by calling back with an error (a NonRetryableError fails the task).
   */
  readonly lookup?: LookupFunction;
}

export interface HttpExecutorOptions {
  readonly guard?: AddressGuard;
  /** Largest response body read, 1 MiB by default; a larger one fails the attempt. */
  readonly maxResponseBytes?: number;
}

const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;
/** How much of an error answer is quoted in the task's error message. */
const ERROR_BODY_QUOTE_BYTES = 300;
/** Client errors that a later attempt may not get. */
const RETRYABLE_CLIENT_ERRORS = new Set([408, 429]);

/**
 * POSTs {taskId, taskType, attempt, payload} as JSON to executorConfig.url. A 2xx JSON body is the
 * result; a 4xx other than 408 and 429 will not get better and is not retried; anything else is.
 * Redirects are not followed.
 */
export class HttpExecutor implements TaskExecutor {
  readonly type = 'http';
  private readonly maxResponseBytes: number;
  /** Connections that resolve names through the guard's lookup; fetch's own otherwise. */
  private readonly dispatcher?: Agent;

  constructor(private readonly options: HttpExecutorOptions = {}) {
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const lookup = options.guard?.lookup;
    if (lookup) this.dispatcher = new Agent({ connect: { lookup } });
  }

  async execute(context: ExecutionContext): Promise<JsonValue | undefined> {
    const { url, headers } = httpRequestTargetOf(context.config);
    await this.options.guard?.assertAllowed(url);
    headers.set('content-type', 'application/json');
    if (!headers.has('accept')) headers.set('accept', 'application/json');
    const { taskId, taskType, attempt, payload } = context;
    const response = await this.abortable(context.signal, url, () =>
      fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ taskId, taskType, attempt, payload }),
        redirect: 'manual',
        signal: context.signal,
        dispatcher: this.dispatcher,
      }),
    );
    if (response.ok) return parseResult(await this.resultBodyOf(response, url, context.signal));
    throw await this.failureOf(response, url, context.signal);
  }

  private async resultBodyOf(response: Response, url: URL, signal: AbortSignal): Promise<string> {
    if ((declaredLength(response) ?? 0) > this.maxResponseBytes) {
      await discardBody(response);
      throw new ResponseTooLargeError(this.maxResponseBytes);
    }
    const { text, truncated } = await this.abortable(signal, url, () => readBodyStart(response, this.maxResponseBytes));
    if (truncated) throw new ResponseTooLargeError(this.maxResponseBytes);
    return text;
  }

  private async failureOf(response: Response, url: URL, signal: AbortSignal): Promise<Error> {
    const { status } = response;
    if (status >= 300 && status < 400) {
      await discardBody(response);
      return new HttpRedirectError(status, `${url.origin} answered ${status} (a redirect, which is not followed)`);
    }
    // The status decides; a body that breaks off only loses the quote.
    const quote = await readBodyStart(response, ERROR_BODY_QUOTE_BYTES).then(
      ({ text }) => text.trim(),
      () => {
        if (signal.aborted) throw signal.reason;
        return '';
      },
    );
    const message = `${url.origin} answered ${status}${quote ? `: ${quote}` : ''}`;
    if (status < 500 && !RETRYABLE_CLIENT_ERRORS.has(status)) return new HttpRejectedError(status, message);
    return new HttpUnavailableError(status, message);
  }

  /** Runs one step of the exchange: an abort surfaces as the signal's reason, any other break as retryable. */
  private async abortable<T>(signal: AbortSignal, url: URL, step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      // The guard's lookup refused the host as the connection resolved it: no retry will get further.
      const cause = fieldOf(error, 'cause');
      if (cause instanceof NonRetryableError) throw cause;
      throw new HttpRequestFailedError(`POST ${url.origin} failed: ${causeOf(error)}`, { cause: error });
    }
  }
}

function parseResult(text: string): JsonValue {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return { body: text };
  }
}

/** fetch says only "fetch failed"; the reason (connect ECONNREFUSED ...) is in its cause, which need not be an Error. */
function causeOf(error: unknown): string {
  const cause = fieldOf(error, 'cause') ?? error;
  const message = fieldOf(cause, 'message') || fieldOf(cause, 'code');
  return typeof message === 'string' && message ? message : String(cause);
}

function fieldOf(value: unknown, field: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
}
