import { QueueEntry } from '@asynctask/domain';
import { T0, at } from './builders';
import type { DispatchQueueFixture } from './dispatch-queue.contract';
import { timed } from './fixture';

const due = (taskId: string, priority = 5, runAt = T0): QueueEntry => ({ taskId, priority, runAt });
const delayed = (taskId: string, ms: number, priority = 5): QueueEntry => ({ taskId, priority, runAt: at(ms) });
const empty = { ready: 0, delayed: 0, dispatched: 0, inFlight: 0 };

/** Enqueueing, ordering, promotion and waiting; `now` is T0 throughout. */
export function describeReadyQueueCases(fixture: () => DispatchQueueFixture): void {
  const queue = () => fixture().queue;

  it('starts empty', async () => {
    expect(await queue().sizes()).toEqual(empty);
    expect(await queue().peek(10)).toEqual([]);
  });

  it('tells which tasks wait in the ready queue or the delayed set', async () => {
    await queue().enqueue([due('ready'), delayed('later', 1000)], T0);
    expect(await queue().queued(['ready', 'later', 'unknown'])).toEqual([true, true, false]);
    await queue().remove(['ready']);
    expect(await queue().queued(['ready', 'later'])).toEqual([false, true]);
    expect(await queue().queued([])).toEqual([]);
  });

  it('keeps the state marker once set', async () => {
    expect(await queue().hasStateMarker()).toBe(false);
    await queue().setStateMarker();
    expect(await queue().hasStateMarker()).toBe(true);
  });

  it('serves by priority, then in the order enqueued, without removing', async () => {
    await queue().enqueue([due('a', 5), due('b', 1), due('c', 5), due('d', 10)], T0);
    // Enqueued last with the earliest runAt: arrival order decides within a priority, not runAt.
    await queue().enqueue([due('e', 1), due('f', 5, at(-5000))], T0);
    expect(await queue().peek(10)).toEqual(['b', 'e', 'a', 'c', 'f', 'd']);
    expect(await queue().peek(2)).toEqual(['b', 'e']);
    expect(await queue().peek(10)).toEqual(['b', 'e', 'a', 'c', 'f', 'd']);
    expect(await queue().sizes()).toEqual({ ...empty, ready: 6 });
  });

  it('puts a task due now in the ready queue and a later one in the delayed set', async () => {
    await queue().enqueue([due('now', 5, T0), delayed('later', 1)], T0);
    expect(await queue().peek(10)).toEqual(['now']);
    expect(await queue().sizes()).toEqual({ ...empty, ready: 1, delayed: 1 });
  });

  it('keeps one entry per task: enqueueing it again moves it', async () => {
    await queue().enqueue([due('a'), due('b')], T0);
    await queue().enqueue([due('a', 1)], T0);
    expect(await queue().peek(10)).toEqual(['a', 'b']);
    await queue().enqueue([due('a', 5)], T0);
    expect(await queue().peek(10)).toEqual(['b', 'a']);
    await queue().enqueue([delayed('a', 5000)], T0);
    expect(await queue().peek(10)).toEqual(['b']);
    expect(await queue().sizes()).toEqual({ ...empty, ready: 1, delayed: 1 });
    await queue().enqueue([due('a', 2)], T0);
    expect(await queue().peek(10)).toEqual(['a', 'b']);
    expect(await queue().sizes()).toEqual({ ...empty, ready: 2 });
    await queue().enqueue([delayed('c', 100), due('c', 3)], T0);
    expect(await queue().peek(10)).toEqual(['a', 'c', 'b']);
    expect(await queue().sizes()).toEqual({ ...empty, ready: 3 });
  });

  it('promotes only due tasks, earliest first, up to the limit, keeping their priority', async () => {
    await queue().enqueue([delayed('x', 3000, 5), delayed('y', 1000, 5), delayed('z', 2000, 1), delayed('w', 9000, 1)], T0);
    expect(await queue().promoteDue(at(999), 10)).toBe(0);
    expect(await queue().peek(10)).toEqual([]);
    expect(await queue().promoteDue(at(3000), 2)).toBe(2);
    expect(await queue().peek(10)).toEqual(['z', 'y']);
    expect(await queue().promoteDue(at(3000), 10)).toBe(1);
    expect(await queue().peek(10)).toEqual(['z', 'y', 'x']);
    expect(await queue().promoteDue(at(3000), 10)).toBe(0);
    expect(await queue().sizes()).toEqual({ ...empty, ready: 3, delayed: 1 });
  });

  it('puts promoted tasks behind those already waiting at their priority, in runAt order', async () => {
    await queue().enqueue([delayed('d2', 2000, 5), delayed('d1', 1000, 5), delayed('hi', 1500, 1)], T0);
    await queue().enqueue([due('r', 5)], T0);
    expect(await queue().promoteDue(at(2000), 10)).toBe(3);
    expect(await queue().peek(10)).toEqual(['hi', 'r', 'd1', 'd2']);
  });

  it('removes tasks wherever they wait', async () => {
    await queue().enqueue([due('a'), delayed('b', 1000), due('c'), delayed('d', 1000)], T0);
    await queue().remove(['a', 'b', 'missing']);
    expect(await queue().peek(10)).toEqual(['c']);
    expect(await queue().sizes()).toEqual({ ...empty, ready: 1, delayed: 1 });
    expect(await queue().promoteDue(at(5000), 10)).toBe(1);
    expect(await queue().peek(10)).toEqual(['c', 'd']);
  });

  it('wakes a waiting scheduler as soon as work is enqueued', async () => {
    const waiting = timed(() => queue().waitForWork(10_000));
    await queue().enqueue([due('a')], T0);
    const { ms } = await waiting;
    expect(ms).toBeLessThan(5_000);
  });

  it('returns from waitForWork after the timeout when nothing comes', async () => {
    const { ms } = await timed(() => queue().waitForWork(60));
    expect(ms).toBeGreaterThanOrEqual(50);
  });
}
