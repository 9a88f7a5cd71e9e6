import { QueueEntry } from '@asynctask/domain';
import { T0, at } from './builders';
import type { DispatchQueueFixture } from './dispatch-queue.contract';
import { present, timed } from './fixture';

const due = (taskId: string): QueueEntry => ({ taskId, priority: 5, runAt: T0 });
const lease = at(60_000);
const empty = { ready: 0, delayed: 0, dispatched: 0, inFlight: 0 };
/** Long enough that a test which relies on it running out would be slow and visibly wrong. */
const LONG_WAIT_MS = 10_000;

/** Hand-over to workers: fencing, worker queues, takes that wait, leases. */
export function describeWorkerQueueCases(fixture: () => DispatchQueueFixture): void {
  let token: number;
  beforeEach(async () => {
    token = present(await fixture().election.tryAcquire('leader', 60_000), 'a lease on a fresh fixture').fencingToken;
  });

  const queue = () => fixture().queue;
  const readyThenDispatch = async (workerId: string, ...taskIds: string[]) => {
    await queue().enqueue(taskIds.map(due), T0);
    return queue().moveToWorkers(taskIds.map((taskId) => ({ taskId, workerId })), token);
  };

  it('moves ready tasks to their workers’ queues under the leader’s token, skipping any not ready', async () => {
    await queue().enqueue([due('a'), due('b'), due('c'), { taskId: 'later', priority: 5, runAt: at(1000) }], T0);
    const moved = await queue().moveToWorkers(
      [
        { taskId: 'a', workerId: 'w1' },
        { taskId: 'c', workerId: 'w2' },
        { taskId: 'gone', workerId: 'w1' },
        { taskId: 'later', workerId: 'w1' },
      ],
      token,
    );
    expect(moved.sort()).toEqual(['a', 'c']);
    expect(await queue().peek(10)).toEqual(['b']);
    expect(await queue().sizes()).toEqual({ ready: 1, delayed: 1, dispatched: 2, inFlight: 0 });
    expect(await queue().take('w1', 10, lease, 0)).toEqual(['a']);
    expect(await queue().take('w2', 10, lease, 0)).toEqual(['c']);
    expect(await queue().moveToWorkers([{ taskId: 'a', workerId: 'w2' }], token)).toEqual([]);
    expect(await queue().moveToWorkers([], token)).toEqual([]);
  });

  it('moves nothing under a stale token once a new leader took over', async () => {
    await fixture().election.release({ candidateId: 'leader', fencingToken: token });
    const next = present(await fixture().election.tryAcquire('next', 60_000), 'a lease for the new leader');
    await queue().enqueue([due('a')], T0);
    expect(await queue().moveToWorkers([{ taskId: 'a', workerId: 'w1' }], token)).toEqual([]);
    expect(await queue().peek(10)).toEqual(['a']);
    expect(await queue().sizes()).toEqual({ ...empty, ready: 1 });
    expect(await queue().moveToWorkers([{ taskId: 'a', workerId: 'w1' }], next.fencingToken)).toEqual(['a']);
  });

  it('hands a task to one worker only when two dispatches race', async () => {
    await queue().enqueue([due('a')], T0);
    const [toW1, toW2] = await Promise.all([
      queue().moveToWorkers([{ taskId: 'a', workerId: 'w1' }], token),
      queue().moveToWorkers([{ taskId: 'a', workerId: 'w2' }], token),
    ]);
    expect([...toW1, ...toW2]).toEqual(['a']);
    expect(await queue().sizes()).toEqual({ ...empty, dispatched: 1 });
    const taken = [...(await queue().take('w1', 5, lease, 0)), ...(await queue().take('w2', 5, lease, 0))];
    expect(taken).toEqual(['a']);
  });

  it('takes up to max, in dispatch order, into the in-flight set', async () => {
    await queue().enqueue(['a', 'b', 'c'].map(due), T0);
    await queue().moveToWorkers([{ taskId: 'c', workerId: 'w1' }, { taskId: 'a', workerId: 'w1' }], token);
    await queue().moveToWorkers([{ taskId: 'b', workerId: 'w1' }], token);
    expect(await queue().take('w1', 2, lease, 0)).toEqual(['c', 'a']);
    expect(await queue().sizes()).toEqual({ ...empty, dispatched: 1, inFlight: 2 });
    expect(await queue().take('w1', 5, lease, 0)).toEqual(['b']);
    expect(await queue().take('w1', 5, lease, 0)).toEqual([]);
    expect(await queue().sizes()).toEqual({ ...empty, inFlight: 3 });
  });

  it('never hands one task to two racing takes', async () => {
    await readyThenDispatch('w1', 'a', 'b', 'c');
    const [first, second] = await Promise.all([queue().take('w1', 2, lease, 0), queue().take('w1', 2, lease, 0)]);
    expect([...first, ...second].sort()).toEqual(['a', 'b', 'c']);
    expect(await queue().sizes()).toEqual({ ...empty, inFlight: 3 });
  });

  it('returns an empty take after waitMs when nothing comes', async () => {
    const { value, ms } = await timed(() => queue().take('w1', 5, lease, 60));
    expect(value).toEqual([]);
    expect(ms).toBeGreaterThanOrEqual(50);
  });

  it('wakes a waiting take as soon as a task is dispatched to its worker', async () => {
    const waiting = timed(() => queue().take('w1', 5, lease, LONG_WAIT_MS));
    expect(await readyThenDispatch('w1', 'a')).toEqual(['a']);
    const { value, ms } = await waiting;
    expect(value).toEqual(['a']);
    expect(ms).toBeLessThan(LONG_WAIT_MS / 2);
    expect(await queue().sizes()).toEqual({ ...empty, inFlight: 1 });
  });

  it('does not hand a waiting take what was dispatched to another worker', async () => {
    const waiting = queue().take('w1', 5, lease, 100);
    await readyThenDispatch('w2', 'a');
    expect(await waiting).toEqual([]);
    expect(await queue().take('w2', 5, lease, 0)).toEqual(['a']);
  });

  it('wakes a waiting take on interruptTake, empty-handed', async () => {
    const waiting = timed(() => queue().take('w1', 5, lease, LONG_WAIT_MS));
    await queue().interruptTake('w1');
    const { value, ms } = await waiting;
    expect(value).toEqual([]);
    expect(ms).toBeLessThan(LONG_WAIT_MS / 2);
  });

  it('renews and acks only what the worker holds', async () => {
    await readyThenDispatch('w1', 'a', 'b', 'c');
    await queue().take('w1', 3, at(1000), 0);
    await queue().renewLeases('w1', ['b', 'not-held'], at(5000));
    await queue().renewLeases('w2', ['a'], at(9000));
    await queue().ack('w1', ['c']);
    await queue().ack('w2', ['a']);
    expect(await queue().sizes()).toEqual({ ...empty, inFlight: 2 });
    expect(await queue().expiredLeases(at(2000), 10)).toEqual([{ taskId: 'a', workerId: 'w1', leaseUntil: at(1000) }]);
    expect(sorted(await queue().expiredLeases(at(6000), 10))).toEqual([
      { taskId: 'a', workerId: 'w1', leaseUntil: at(1000) },
      { taskId: 'b', workerId: 'w1', leaseUntil: at(5000) },
    ]);
  });

  it('lists leases that ran out strictly before now, across workers, without removing them', async () => {
    await readyThenDispatch('w1', 'a');
    await readyThenDispatch('w2', 'b', 'c');
    await queue().take('w1', 5, at(1000), 0);
    await queue().take('w2', 1, at(1000), 0);
    await queue().take('w2', 1, at(3000), 0);
    expect(await queue().expiredLeases(at(1000), 10)).toEqual([]);
    const expired = [
      { taskId: 'a', workerId: 'w1', leaseUntil: at(1000) },
      { taskId: 'b', workerId: 'w2', leaseUntil: at(1000) },
    ];
    expect(sorted(await queue().expiredLeases(at(1001), 10))).toEqual(expired);
    expect(sorted(await queue().expiredLeases(at(1001), 10))).toEqual(expired);
    expect(await queue().expiredLeases(at(1001), 1)).toHaveLength(1);
    expect(await queue().sizes()).toEqual({ ...empty, inFlight: 3 });
  });

  it('tells whether a worker holds a task, queued or in flight', async () => {
    await fixture().queue.enqueue(['a', 'b', 'c'].map((id) => ({ taskId: id, priority: 5, runAt: T0 })), T0);
    await fixture().queue.moveToWorkers(['a', 'b'].map((taskId) => ({ taskId, workerId: 'w1' })), token);
    await fixture().queue.take('w1', 1, at(1000), 0);
    const held = await fixture().queue.holds([
      { taskId: 'a', workerId: 'w1' },
      { taskId: 'b', workerId: 'w1' },
      { taskId: 'a', workerId: 'w2' },
      { taskId: 'c', workerId: 'w1' },
    ]);
    expect(held).toEqual([true, true, false, false]);
  });

  it('restores lost leases without shortening one that exists', async () => {
    await fixture().queue.enqueue([{ taskId: 'a', priority: 5, runAt: T0 }], T0);
    await fixture().queue.moveToWorkers([{ taskId: 'a', workerId: 'w1' }], token);
    await fixture().queue.take('w1', 1, at(5000), 0);
    await fixture().queue.restoreLeases([
      { taskId: 'a', workerId: 'w1', leaseUntil: at(1000) },
      { taskId: 'lost', workerId: 'w2', leaseUntil: at(2000) },
    ]);
    expect(await fixture().queue.expiredLeases(at(3000), 10)).toEqual([{ taskId: 'lost', workerId: 'w2', leaseUntil: at(2000) }]);
    expect(await fixture().queue.holds([{ taskId: 'lost', workerId: 'w2' }])).toEqual([true]);
  });

  it('releases what waits in a worker queue, not what it holds nor other workers’ queues', async () => {
    await readyThenDispatch('w1', 'a', 'b', 'c');
    await readyThenDispatch('w2', 'd');
    await queue().take('w1', 1, lease, 0);
    expect(await queue().releaseWorkerQueue('w1')).toEqual(['b', 'c']);
    expect(await queue().releaseWorkerQueue('w1')).toEqual([]);
    expect(await queue().releaseWorkerQueue('w-unknown')).toEqual([]);
    expect(await queue().sizes()).toEqual({ ...empty, dispatched: 1, inFlight: 1 });
    expect(await queue().take('w2', 5, lease, 0)).toEqual(['d']);
    expect(await queue().expiredLeases(at(60_001), 10)).toHaveLength(2);
  });
}

function sorted<T extends { taskId: string }>(entries: T[]): T[] {
  return [...entries].sort((x, y) => (x.taskId < y.taskId ? -1 : 1));
}
