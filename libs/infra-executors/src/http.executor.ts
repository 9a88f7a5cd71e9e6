import { ExecutionContext, JsonValue, NonRetryableError, TaskExecutor } from '@asynctask/domain';

export interface HttpExecutorOptions {
  /** Called before each request; throws to refuse an address (the SSRF guard plugs in here). */
  readonly assertAllowed?: (url: URL) => Promise<void>;
  /** Largest response body read; a larger one fails the attempt. */
  readonly maxResponseBytes?: number;
}

const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;
/** Client errors that a later attempt may not get. */
const RETRYABLE_CLIENT_ERRORS = new Set([408, 429]);

/**
 * POSTs {taskId, taskType, attempt, payload} as JSON to executorConfig.url. A 2xx JSON body is the
 * result; a 4xx other than 408 and 429 will not get better and is not retried; anything else is.
 * Redirects are not followed.
 */
export class HttpExecutor implements TaskExecutor {
  readonly type = 'http';

  constructor(private readonly options: HttpExecutorOptions = {}) {}

  async execute(context: ExecutionContext): Promise<JsonValue | undefined> {
    const url = targetUrl(context);
    await this.options.assertAllowed?.(url);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headersOf(context) },
      body: JSON.stringify({ taskId: context.taskId, taskType: context.taskType, attempt: context.attempt, payload: context.payload }),
      redirect: 'manual',
      signal: context.signal,
    });
    const text = await readLimited(response, this.options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
    if (response.status >= 300 && response.status < 400) {
      throw new NonRetryableError(`${url.origin} answered ${response.status}: redirects are not followed`);
    }
    if (response.status >= 400) {
      const message = `${url.origin} answered ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`;
      if (response.status < 500 && !RETRYABLE_CLIENT_ERRORS.has(response.status)) throw new NonRetryableError(message);
      throw new Error(message);
    }
    if (text.trim() === '') return null;
    try {
      return JSON.parse(text) as JsonValue;
    } catch {
      return { body: text };
    }
  }
}

function targetUrl(context: ExecutionContext): URL {
  const raw = context.config.url;
  let url: URL | null = null;
  try {
    url = typeof raw === 'string' ? new URL(raw) : null;
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new NonRetryableError('executorConfig.url must be an http or https URL');
  }
  return url;
}

function headersOf(context: ExecutionContext): Record<string, string> {
  const headers = context.config.headers;
  if (!headers || typeof headers !== 'object' || Array.isArray(headers)) return {};
  return Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error(`response body is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
