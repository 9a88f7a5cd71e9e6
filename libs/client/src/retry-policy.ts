export interface RetryOptions {
  /** Tries in all, the first one included (default 3). */
  readonly maxAttempts?: number;
  /** Longest wait before a retry (default 10 s); a Retry-After asking for longer ends the retries at once. */
  readonly maxDelayMs?: number;
  /** Wait before the first retry when the server sends no Retry-After, doubled for each next one (default 250 ms). */
  readonly baseDelayMs?: number;
}

/**
 * What a repeat of a request could do if the first one was carried out after all:
 * - `idempotent`: nothing more (reads, PUT, DELETE, a create with an idempotencyKey): retried on 429 and 503;
 * - `refused-only`: it could do the change twice (a create without idempotencyKey, cancel, retry): retried
 *   on 429 only, which the server answers before it looks at the request. A 503 is not retried: the store
 *   may have failed after the change was written (a connection lost during the commit).
 */
export type RetrySafety = 'idempotent' | 'refused-only';

export const DEFAULT_RETRY: Required<RetryOptions> = { maxAttempts: 3, maxDelayMs: 10_000, baseDelayMs: 250 };

/** When to send a refused request again, and after how long. */
export class RetryPolicy {
  private readonly options: Required<RetryOptions>;

  constructor(options: RetryOptions | false = {}) {
    this.options = options === false ? { ...DEFAULT_RETRY, maxAttempts: 1 } : { ...DEFAULT_RETRY, ...options };
  }

  /** Milliseconds to wait before trying again after `attempt` got `response`, or undefined to give up. */
  delayBeforeRetry(attempt: number, response: Response, safety: RetrySafety): number | undefined {
    const retriable = response.status === 429 || (response.status === 503 && safety === 'idempotent');
    if (!retriable || attempt >= this.options.maxAttempts) return undefined;
    const asked = retryAfterMs(response.headers.get('retry-after'));
    if (asked !== undefined) return asked <= this.options.maxDelayMs ? asked : undefined;
    return Math.min(this.options.baseDelayMs * 2 ** (attempt - 1), this.options.maxDelayMs);
  }
}

/** A Retry-After header in milliseconds from `now`: delay-seconds or an HTTP date; undefined if absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its day and month; Date.parse would also take "-3" as a year.
  const at = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
