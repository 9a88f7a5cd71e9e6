export class NotLocalError extends Error {
  constructor(url: string) {
    super(`the benchmark only talks to 127.0.0.1; ${url} points elsewhere`);
    this.name = 'NotLocalError';
  }
}

/** `url` with the given path, refused unless it points at this machine. */
export function localUrl(url: string, path: string): string {
  const parsed = new URL(url);
  if (!['127.0.0.1', 'localhost'].includes(parsed.hostname)) throw new NotLocalError(url);
  parsed.pathname = path;
  return parsed.toString();
}
