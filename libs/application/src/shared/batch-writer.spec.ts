import { BatchWriter } from './batch-writer';

/** A write that records each batch and waits to be released, so a spec decides when writes end. */
function heldWrites() {
  const batches: number[][] = [];
  const releases: (() => void)[] = [];
  const write = (items: readonly number[]) => {
    batches.push([...items]);
    return new Promise<number[]>((resolve) => releases.push(() => resolve(items.map((n) => n * 10))));
  };
  return { batches, releases, write };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('BatchWriter', () => {
  it('writes what was submitted in one turn as one batch, and answers each submitter its own result', async () => {
    const { batches, releases, write } = heldWrites();
    const writer = new BatchWriter(write, { maxBatch: 100, maxConcurrent: 1 });
    const answers = Promise.all([1, 2, 3].map((n) => writer.submit(n)));
    await nextTurn();
    expect(batches).toEqual([[1, 2, 3]]);
    releases[0]();
    expect(await answers).toEqual([10, 20, 30]);
  });

  it('gathers what arrives during a write into the next one', async () => {
    const { batches, releases, write } = heldWrites();
    const writer = new BatchWriter(write, { maxBatch: 100, maxConcurrent: 1 });
    const first = writer.submit(1);
    await nextTurn();
    const later = [writer.submit(2), writer.submit(3)];
    await nextTurn();
    expect(batches).toEqual([[1]]);
    releases[0]();
    await first;
    await nextTurn(); // the write's own ending
    await nextTurn(); // the next flush
    expect(batches).toEqual([[1], [2, 3]]);
    releases[1]();
    expect(await Promise.all(later)).toEqual([20, 30]);
  });

  it('splits a burst larger than maxBatch and runs up to maxConcurrent writes at once', async () => {
    const { batches, releases, write } = heldWrites();
    const writer = new BatchWriter(write, { maxBatch: 2, maxConcurrent: 2 });
    const answers = Promise.all([1, 2, 3, 4, 5].map((n) => writer.submit(n)));
    await nextTurn();
    expect(batches).toEqual([[1, 2], [3, 4]]);
    releases[0]();
    await nextTurn();
    await nextTurn();
    expect(batches).toEqual([[1, 2], [3, 4], [5]]); // never more than two under way
    releases[1]();
    releases[2]();
    expect(await answers).toEqual([10, 20, 30, 40, 50]);
  });

  it('rejects every item of a failed write, and later writes go on', async () => {
    let fail = true;
    const writer = new BatchWriter(async (items: readonly number[]) => {
      if (fail) throw new Error('store down');
      return items.map((n) => -n);
    }, { maxBatch: 10, maxConcurrent: 1 });
    const failed = [writer.submit(1), writer.submit(2)].map((p) => p.catch((error: Error) => error.message));
    expect(await Promise.all(failed)).toEqual(['store down', 'store down']);
    fail = false;
    expect(await writer.submit(3)).toBe(-3);
  });

  it('rejects a write that answers a different number of results than items', async () => {
    const writer = new BatchWriter(async () => [1], { maxBatch: 10, maxConcurrent: 1 });
    await expect(Promise.all([writer.submit(1), writer.submit(2)])).rejects.toThrow('answered 1 results for 2 items');
  });
});
