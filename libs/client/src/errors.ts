import type { ApiErrorBody, Task } from './api-types';

export type ApiErrorCode =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'payload-too-large'
  | 'rate-limited'
  | 'unavailable'
  | 'server-error'
  | 'unexpected-status';

export type AsynctaskErrorCode = ApiErrorCode | 'connection-failed' | 'wait-timeout';

/** Every error the client throws; `code` is stable, messages are for people. */
export abstract class AsynctaskError extends Error {
  abstract readonly code: AsynctaskErrorCode;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

const CODES: Record<number, ApiErrorCode> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  429: 'rate-limited',
  503: 'unavailable',
};

export interface ApiErrorDetails {
  readonly statusCode: number;
  /** The status's reason phrase, e.g. "Not Found". */
  readonly error: string;
  /** The server's message; several when more than one field is invalid. */
  readonly messages: readonly string[];
  /** How long the server asked to wait before trying again (Retry-After), if it did. */
  readonly retryAfterMs?: number;
}

/** The server answered with an error status, in the API's error shape `{statusCode, message, error}`. */
export class AsynctaskApiError extends AsynctaskError implements ApiErrorDetails {
  readonly code: ApiErrorCode;
  readonly statusCode: number;
  readonly error: string;
  readonly messages: readonly string[];
  readonly retryAfterMs?: number;

  constructor(details: ApiErrorDetails) {
    super(details.messages.join('; '));
    this.statusCode = details.statusCode;
    this.error = details.error;
    this.messages = details.messages;
    this.retryAfterMs = details.retryAfterMs;
    this.code = CODES[details.statusCode] ?? (details.statusCode >= 500 ? 'server-error' : 'unexpected-status');
  }
}

/** 400: the input is malformed or invalid; `messages` name the fields. */
export class AsynctaskBadRequestError extends AsynctaskApiError {}
/** 401: the API key is missing or unknown. */
export class AsynctaskUnauthorizedError extends AsynctaskApiError {}
/** 403: the API key is read-only and the request would change something. */
export class AsynctaskForbiddenError extends AsynctaskApiError {}
/** 404: no such task or task type. */
export class AsynctaskNotFoundError extends AsynctaskApiError {}
/** 409: the change conflicts with the current state (cancel a finished task, retry a running one, ...). */
export class AsynctaskConflictError extends AsynctaskApiError {}
/** 429: over the rate limit, still after the retries; nothing was done. */
export class AsynctaskRateLimitedError extends AsynctaskApiError {}
/** 503: a store of the server cannot be reached, still after the retries the request allows. */
export class AsynctaskUnavailableError extends AsynctaskApiError {}

const CLASSES: Record<number, typeof AsynctaskApiError> = {
  400: AsynctaskBadRequestError,
  401: AsynctaskUnauthorizedError,
  403: AsynctaskForbiddenError,
  404: AsynctaskNotFoundError,
  409: AsynctaskConflictError,
  429: AsynctaskRateLimitedError,
  503: AsynctaskUnavailableError,
};

/** The error for an answer with an error status; `body` is what it carried (parsed JSON, text or nothing). */
export function apiErrorFrom(response: Response, body: unknown, retryAfterMs: number | undefined): AsynctaskApiError {
  const shaped = isApiErrorBody(body) ? body : undefined;
  const reason = shaped?.error ?? (response.statusText || `HTTP ${response.status}`);
  const messages = shaped ? [shaped.message].flat() : [typeof body === 'string' && body.trim() ? body.trim().slice(0, 500) : reason];
  const ErrorClass = CLASSES[response.status] ?? AsynctaskApiError;
  return new ErrorClass({ statusCode: response.status, error: reason, messages, retryAfterMs });
}

function isApiErrorBody(body: unknown): body is ApiErrorBody {
  const candidate = body as Partial<ApiErrorBody> | null;
  return typeof candidate?.statusCode === 'number' && typeof candidate.error === 'string' && (typeof candidate.message === 'string' || Array.isArray(candidate.message));
}

/** The server could not be reached (refused, reset, DNS, TLS): no answer at all. */
export class AsynctaskConnectionError extends AsynctaskError {
  readonly code = 'connection-failed';

  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(`cannot reach ${url}: ${describeCause(cause)}`, { cause });
  }
}

/** Node's fetch says "fetch failed" and puts the reason (ECONNREFUSED, ...) one level down. */
function describeCause(cause: unknown): string {
  const error = cause as { message?: unknown; cause?: { message?: unknown } } | null;
  const inner = error?.cause?.message;
  return typeof inner === 'string' ? inner : typeof error?.message === 'string' ? error.message : String(cause);
}

/** tasks.wait gave up: the task had not ended within the time it was given. */
export class AsynctaskWaitTimeoutError extends AsynctaskError {
  readonly code = 'wait-timeout';

  constructor(
    /** The task as last read. */
    readonly task: Task,
    readonly timeoutMs: number,
  ) {
    super(`task ${task.taskId} still ${task.status} after ${timeoutMs} ms`);
  }
}
