/**
 * Submits `total` tasks in batches of `batchSize`, `inFlight` batches at a time, and resolves when
 * every batch was accepted. `submit` sends one batch of the given size.
 */
export async function submitInBatches(total: number, batchSize: number, inFlight: number, submit: (size: number) => Promise<void>): Promise<void> {
  const sizes: number[] = [];
  for (let left = total; left > 0; left -= batchSize) sizes.push(Math.min(batchSize, left));
  let next = 0;
  const lane = async () => {
    while (next < sizes.length) await submit(sizes[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, sizes.length) }, lane));
}
