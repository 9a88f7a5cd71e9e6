export const RETRY_STRATEGIES = ['fixed', 'linear', 'exponential'] as const;
export type RetryStrategy = (typeof RETRY_STRATEGIES)[number];

export interface RetryPolicy {
  /** Seconds to wait before the given retry (1 for the first retry). */
  delaySeconds(retryNumber: number): number;
}

export function retryPolicy(strategy: RetryStrategy, delaySeconds: number, backoffRate: number): RetryPolicy {
  return {
    delaySeconds(retryNumber: number): number {
      const n = Math.max(1, retryNumber);
      switch (strategy) {
        case 'fixed':
          return delaySeconds;
        case 'linear':
          return delaySeconds * n;
        case 'exponential':
          return delaySeconds * Math.pow(backoffRate, n - 1);
      }
    },
  };
}
