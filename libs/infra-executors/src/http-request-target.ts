import { ExecutionContext } from '@asynctask/domain';
import { Headers } from 'undici';
import { InvalidHttpConfigError } from './http-executor.errors';

export interface HttpRequestTarget {
  readonly url: URL;
  readonly headers: Headers;
}

/** Reads executorConfig.url and executorConfig.headers, refusing what fetch would reject on every attempt. */
export function httpRequestTargetOf(config: ExecutionContext['config']): HttpRequestTarget {
  return { url: urlOf(config.url), headers: headersOf(config.headers) };
}

function urlOf(raw: unknown): URL {
  if (typeof raw !== 'string' || !URL.canParse(raw)) {
    throw new InvalidHttpConfigError('executorConfig.url must be an absolute http or https URL');
  }
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidHttpConfigError(`executorConfig.url must use http or https, not ${url.protocol}`);
  }
  // fetch refuses credentials in a URL; saying so here keeps it from being retried.
  if (url.username || url.password) {
    throw new InvalidHttpConfigError('executorConfig.url must not hold credentials; send them in executorConfig.headers');
  }
  return url;
}

function headersOf(raw: unknown): Headers {
  if (raw === undefined || raw === null) return new Headers();
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InvalidHttpConfigError('executorConfig.headers must be an object of strings');
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== 'string') throw new InvalidHttpConfigError(`executorConfig.headers.${name} must be a string`);
    try {
      headers.set(name, value);
    } catch {
      throw new InvalidHttpConfigError(`executorConfig.headers.${name} is not a valid header`);
    }
  }
  return headers;
}
