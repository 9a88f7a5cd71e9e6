export class BenchTimeoutError extends Error {
  constructor(what: string, ms: number, cause?: unknown) {
    super(`timed out after ${Math.round(ms / 1000)} s waiting for ${what}${cause ? `: ${String(cause)}` : ''}`);
    this.name = 'BenchTimeoutError';
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
