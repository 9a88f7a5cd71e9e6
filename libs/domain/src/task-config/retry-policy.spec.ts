import { retryPolicy } from './retry-policy';

describe('retry policies', () => {
  const delays = (strategy: 'fixed' | 'linear' | 'exponential', delay: number, rate: number) =>
    [1, 2, 3, 4].map((n) => retryPolicy(strategy, delay, rate).delaySeconds(n));

  it('fixed waits the same each time', () => expect(delays('fixed', 5, 2)).toEqual([5, 5, 5, 5]));
  it('linear grows by the delay', () => expect(delays('linear', 5, 2)).toEqual([5, 10, 15, 20]));
  it('exponential multiplies by the rate', () => expect(delays('exponential', 5, 2)).toEqual([5, 10, 20, 40]));
  it('exponential honours a fractional rate', () => expect(delays('exponential', 2, 1.5)).toEqual([2, 3, 4.5, 6.75]));
});
