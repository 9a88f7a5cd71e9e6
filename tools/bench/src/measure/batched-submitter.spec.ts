import { submitInBatches } from './batched-submitter';

describe('submitInBatches', () => {
  it('sends every task once, in batches no larger than asked, never more in flight than asked', async () => {
    const sizes: number[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    await submitInBatches(1050, 100, 3, async (size) => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      sizes.push(size);
      inFlight--;
    });
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(1050);
    expect(sizes).toHaveLength(11);
    expect(Math.max(...sizes)).toBe(100);
    expect(mostInFlight).toBe(3);
  });

  it('fails when a batch is refused', async () => {
    await expect(submitInBatches(10, 5, 2, async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
  });
});
