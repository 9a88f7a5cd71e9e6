import { RetryStrategy, retryPolicy } from './retry-policy';

const firstFourDelays = (strategy: RetryStrategy, delay: number, rate: number) =>
  [1, 2, 3, 4].map((retry) => retryPolicy(strategy, delay, rate).delaySeconds(retry));

describe('retry policies', () => {
  it('fixed waits the delay every time', () => expect(firstFourDelays('fixed', 5, 2)).toEqual([5, 5, 5, 5]));

  it('linear waits the delay times the retry number', () => expect(firstFourDelays('linear', 5, 2)).toEqual([5, 10, 15, 20]));

  it('exponential multiplies the delay by the rate for each retry after the first', () =>
    expect(firstFourDelays('exponential', 5, 2)).toEqual([5, 10, 20, 40]));

  it('exponential honours a fractional rate', () => expect(firstFourDelays('exponential', 2, 1.5)).toEqual([2, 3, 4.5, 6.75]));

  it('exponential with rate 1 is fixed', () => expect(firstFourDelays('exponential', 5, 1)).toEqual([5, 5, 5, 5]));

  it.each(['fixed', 'linear', 'exponential'] as const)('%s treats a retry number below 1 as the first retry', (strategy) => {
    const policy = retryPolicy(strategy, 5, 2);
    expect(policy.delaySeconds(0)).toBe(5);
    expect(policy.delaySeconds(-3)).toBe(5);
  });
});
