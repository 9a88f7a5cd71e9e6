import { NonRetryableError } from '@asynctask/domain';

/** executorConfig cannot make a request (no url, bad headers): only a new config fixes that, not a retry. */
export class InvalidHttpConfigError extends NonRetryableError {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A 4xx other than 408 and 429: the endpoint refused this task and will refuse it again. */
export class HttpRejectedError extends NonRetryableError {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A 3xx: not followed, because the address check has not seen where it points. */
export class HttpRedirectError extends NonRetryableError {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A 5xx, 408 or 429: the endpoint may answer differently on a later attempt. */
export class HttpUnavailableError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The exchange broke off (refused, reset, unreachable): worth another attempt. */
export class HttpRequestFailedError extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The answer was bigger than the executor reads; retryable, as the endpoint may answer smaller later. */
export class ResponseTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the response body is larger than ${maxBytes} bytes`);
    this.name = new.target.name;
  }
}
