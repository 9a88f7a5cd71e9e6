export class BenchTimeoutError extends Error {
  constructor(what: string, ms: number, cause?: unknown) {
    super(`timed out after ${Math.round(ms / 1000)} s waiting for ${what}${cause ? `: ${String(cause)}` : ''}`);
    this.name = 'BenchTimeoutError';
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Asks `check` again every `everyMs` until it returns a value; gives up after `timeoutMs`. */
export async function waitUntil<T>(what: string, check: () => Promise<T | undefined>, timeoutMs: number, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() <= deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(everyMs);
  }
  throw new BenchTimeoutError(what, timeoutMs, lastError);
}
