import { InvalidTaskError, UnknownTaskTypeError } from '@asynctask/domain';
import { useCaseHarness } from '../../testing/use-case-harness';

describe('CreateTaskService', () => {
  let h: ReturnType<typeof useCaseHarness>;

  beforeEach(async () => {
    h = useCaseHarness();
    await h.defineType({ taskType: 'echo', executorType: 'echo' });
  });

  it('creates a PENDING task with the type defaults, a CREATED log and a ready-queue entry', async () => {
    const { task, created } = await h.tasks.create({ taskType: 'echo', payload: { a: 1 } });
    expect(created).toBe(true);
    expect(task).toMatchObject({ status: 'PENDING', priority: 5, maxRetry: 3, timeout: 30, retryCount: 0, payload: { a: 1 } });
    expect(await h.logTypes(task.taskId)).toEqual(['CREATED']);
    expect(await h.ports.queue.peek(10)).toEqual([task.taskId]);
  });

  it('stores single creates that arrive together with one insert, and a bad one fails alone', async () => {
    const results = await Promise.allSettled([
      h.tasks.create({ taskType: 'echo', payload: { n: 1 } }),
      h.tasks.create({ taskType: 'nope' }),
      h.tasks.create({ taskType: 'echo', payload: { n: 2 } }),
      h.tasks.create({ taskType: 'echo', priority: 0 }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    const inserts = h.faults.tasks.calls('insert');
    expect(inserts).toHaveLength(1);
    expect(inserts[0].args[0].map((t) => t.payload)).toEqual([{ n: 1 }, { n: 2 }]);
    const stored = (await h.tasks.list({})).items.map((t) => t.taskId).sort();
    expect(stored).toEqual(results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.task.taskId] : [])).sort());
  });

  it('rejects an unknown or disabled task type', async () => {
    await expect(h.tasks.create({ taskType: 'nope' })).rejects.toBeInstanceOf(UnknownTaskTypeError);
    await h.defineType({ taskType: 'off', executorType: 'echo', enabled: false });
    await expect(h.tasks.create({ taskType: 'off' })).rejects.toThrow('disabled');
    expect((await h.tasks.list({})).items).toHaveLength(0);
  });

  it('rejects out-of-range numbers before storing anything', async () => {
    await expect(h.tasks.create({ taskType: 'echo', priority: 0 })).rejects.toBeInstanceOf(InvalidTaskError);
    await expect(h.tasks.create({ taskType: 'echo', timeout: 0 })).rejects.toBeInstanceOf(InvalidTaskError);
    await expect(h.tasks.create({ taskType: 'echo', maxRetry: -1 })).rejects.toBeInstanceOf(InvalidTaskError);
    expect((await h.tasks.list({})).items).toHaveLength(0);
  });

  it('returns the existing task for a used idempotency key', async () => {
    const first = await h.tasks.create({ taskType: 'echo', idempotencyKey: 'k1' });
    const second = await h.tasks.create({ taskType: 'echo', idempotencyKey: 'k1', payload: { other: true } });
    expect(second).toEqual({ task: first.task, created: false });
    expect((await h.tasks.list({})).items).toHaveLength(1);
  });

  it('creates a batch all or nothing: one unknown type stores none of it', async () => {
    await expect(
      h.tasks.createBatch([{ taskType: 'echo' }, { taskType: 'missing' }, { taskType: 'echo' }]),
    ).rejects.toBeInstanceOf(UnknownTaskTypeError);
    expect((await h.tasks.list({})).items).toHaveLength(0);
    expect(await h.ports.queue.peek(10)).toEqual([]);
  });

  it('creates a batch in order, sharing one task between repeats of a key', async () => {
    const existing = await h.tasks.create({ taskType: 'echo', idempotencyKey: 'old' });
    const created = await h.tasks.createBatch([
      { taskType: 'echo', payload: { n: 1 } },
      { taskType: 'echo', idempotencyKey: 'old' },
      { taskType: 'echo', idempotencyKey: 'new', payload: { n: 3 } },
      { taskType: 'echo', idempotencyKey: 'new' },
    ]);
    expect(created.map((c) => c.created)).toEqual([true, false, true, false]);
    expect(created[1].task.taskId).toBe(existing.task.taskId);
    expect(created[3].task.taskId).toBe(created[2].task.taskId);
    expect((await h.tasks.list({})).items).toHaveLength(3);
  });

  it('refuses an empty batch and one over 1000', async () => {
    await expect(h.tasks.createBatch([])).rejects.toBeInstanceOf(InvalidTaskError);
    const tooMany = Array.from({ length: 1001 }, () => ({ taskType: 'echo' }));
    await expect(h.tasks.createBatch(tooMany)).rejects.toBeInstanceOf(InvalidTaskError);
  });

  it('returns the existing task when another request took the key between look-up and insert', async () => {
    // The race itself: one request looked the key up and missed, and waits to insert...
    const insert = h.faults.tasks.holdNext('insert');
    const late = h.tasks.create({ taskType: 'echo', idempotencyKey: 'race' });
    await insert.reached;
    // ...while another one creates the task; the late insert then hits the unique key.
    const first = await h.tasks.create({ taskType: 'echo', idempotencyKey: 'race' });
    insert.release();
    const again = await late;
    expect(h.faults.tasks.calls('insert').map((call) => call.outcome)).toEqual(['threw', 'answered']);
    expect(again).toEqual({ task: first.task, created: false });
    expect((await h.tasks.list({})).items).toHaveLength(1);
  });
});
