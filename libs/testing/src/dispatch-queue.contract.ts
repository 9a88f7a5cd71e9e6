import { LeaderElection, ReadyQueue, WorkerDispatch } from '@asynctask/domain';
import { Closable, T0, at } from './builders';

type Fixture = { queue: ReadyQueue; dispatch: WorkerDispatch; election: LeaderElection } & Closable;

/** The ready queue, delayed set, worker queues and leases; memory and Redis alike. */
export function describeDispatchQueueContract(adapterName: string, setup: () => Promise<Fixture>): void {
  describe(`dispatch queue contract: ${adapterName}`, () => {
    let f: Fixture;
    let token: number;
    beforeEach(async () => {
      f = await setup();
      token = (await f.election.tryAcquire('leader', 60_000))?.fencingToken ?? -1;
    });
    afterEach(() => f.close());

    const ready = (taskId: string, priority = 5) => ({ taskId, priority, runAt: T0 });
    const lease = at(60_000);

    it('serves by priority, FIFO within a priority, without removing', async () => {
      await f.queue.enqueue([ready('a', 5), ready('b', 1), ready('c', 5), ready('d', 10)], T0);
      await f.queue.enqueue([ready('e', 1)], T0);
      expect(await f.queue.peek(10)).toEqual(['b', 'e', 'a', 'c', 'd']);
      expect(await f.queue.peek(2)).toEqual(['b', 'e']);
      expect((await f.queue.sizes()).ready).toBe(5);
    });

    it('keeps one entry per task: enqueueing again moves it', async () => {
      await f.queue.enqueue([ready('a', 5), ready('b', 5)], T0);
      await f.queue.enqueue([ready('a', 1)], T0);
      expect(await f.queue.peek(10)).toEqual(['a', 'b']);
      await f.queue.enqueue([{ taskId: 'a', priority: 1, runAt: at(5000) }], T0);
      expect(await f.queue.peek(10)).toEqual(['b']);
      expect(await f.queue.sizes()).toMatchObject({ ready: 1, delayed: 1 });
    });

    it('holds future tasks in the delayed set until promoted when due', async () => {
      await f.queue.enqueue([{ taskId: 'late', priority: 1, runAt: at(2000) }, { taskId: 'soon', priority: 5, runAt: at(1000) }], T0);
      expect(await f.queue.peek(10)).toEqual([]);
      expect(await f.queue.promoteDue(at(999), 10)).toBe(0);
      expect(await f.queue.promoteDue(at(2000), 1)).toBe(1);
      expect(await f.queue.peek(10)).toEqual(['soon']);
      expect(await f.queue.promoteDue(at(2000), 10)).toBe(1);
      expect(await f.queue.peek(10)).toEqual(['late', 'soon']);
      expect(await f.queue.sizes()).toMatchObject({ ready: 2, delayed: 0 });
    });

    it('removes tasks wherever they wait', async () => {
      await f.queue.enqueue([ready('a'), { taskId: 'b', priority: 5, runAt: at(1000) }, ready('c')], T0);
      await f.queue.remove(['a', 'b', 'missing']);
      expect(await f.queue.peek(10)).toEqual(['c']);
      expect(await f.queue.sizes()).toMatchObject({ ready: 1, delayed: 0 });
    });

    it('wakes a waiting scheduler when work arrives', async () => {
      const woken = f.queue.waitForWork(30_000);
      await f.queue.enqueue([ready('a')], T0);
      await woken; // would hang the test for 30 s if enqueue did not wake it
    });

    it('returns from waitForWork after the timeout when nothing comes', async () => {
      const started = Date.now();
      await f.queue.waitForWork(50);
      expect(Date.now() - started).toBeGreaterThanOrEqual(40);
    });

    it('dispatches from the ready queue to worker queues under the leader token', async () => {
      await f.queue.enqueue([ready('a'), ready('b'), ready('c')], T0);
      const moved = await f.dispatch.dispatch(
        [{ taskId: 'a', workerId: 'w1' }, { taskId: 'c', workerId: 'w2' }, { taskId: 'gone', workerId: 'w1' }],
        token,
      );
      expect(moved.sort()).toEqual(['a', 'c']);
      expect(await f.queue.peek(10)).toEqual(['b']);
      expect(await f.queue.sizes()).toMatchObject({ ready: 1, dispatched: 2, inFlight: 0 });
      expect(await f.dispatch.take('w1', 10, lease, 0)).toEqual(['a']);
      expect(await f.dispatch.take('w2', 10, lease, 0)).toEqual(['c']);
    });

    it('refuses a dispatch under a stale fencing token', async () => {
      // The lease is given up and taken by someone else: the old token is stale.
      await f.election.release({ candidateId: 'leader', fencingToken: token });
      const next = await f.election.tryAcquire('next', 60_000);
      await f.queue.enqueue([ready('a')], T0);
      expect(await f.dispatch.dispatch([{ taskId: 'a', workerId: 'w1' }], token)).toEqual([]);
      expect(await f.queue.peek(10)).toEqual(['a']);
      expect(await f.dispatch.dispatch([{ taskId: 'a', workerId: 'w1' }], next?.fencingToken ?? -1)).toEqual(['a']);
    });

    it('takes up to max in dispatch order into the in-flight set', async () => {
      await f.queue.enqueue(['a', 'b', 'c'].map((id) => ready(id)), T0);
      await f.dispatch.dispatch(['a', 'b', 'c'].map((taskId) => ({ taskId, workerId: 'w1' })), token);
      expect(await f.dispatch.take('w1', 2, lease, 0)).toEqual(['a', 'b']);
      expect(await f.queue.sizes()).toMatchObject({ dispatched: 1, inFlight: 2 });
      expect(await f.dispatch.take('w1', 5, lease, 0)).toEqual(['c']);
      expect(await f.dispatch.take('w1', 5, lease, 0)).toEqual([]);
    });

    it('wakes a waiting take on dispatch, and on interrupt', async () => {
      const waiting = f.dispatch.take('w1', 5, lease, 30_000);
      await f.queue.enqueue([ready('a')], T0);
      await f.dispatch.dispatch([{ taskId: 'a', workerId: 'w1' }], token);
      expect(await waiting).toEqual(['a']);

      const interrupted = f.dispatch.take('w1', 5, lease, 30_000);
      await f.dispatch.interrupt('w1');
      expect(await interrupted).toEqual([]);
    });

    it('returns from a take after waitMs when nothing comes', async () => {
      expect(await f.dispatch.take('w1', 5, lease, 50)).toEqual([]);
    });

    it('tracks leases: renew, ack, expiry', async () => {
      await f.queue.enqueue(['a', 'b', 'c'].map((id) => ready(id)), T0);
      await f.dispatch.dispatch(['a', 'b', 'c'].map((taskId) => ({ taskId, workerId: 'w1' })), token);
      await f.dispatch.take('w1', 3, at(1000), 0);
      await f.dispatch.renew('w1', ['b'], at(5000));
      await f.dispatch.ack('w1', ['c']);
      const expired = await f.dispatch.expiredLeases(at(2000), 10);
      expect(expired).toEqual([{ taskId: 'a', workerId: 'w1', leaseUntil: at(1000) }]);
      expect(await f.dispatch.expiredLeases(at(999), 10)).toEqual([]);
      expect((await f.dispatch.expiredLeases(at(6000), 10)).map((e) => e.taskId).sort()).toEqual(['a', 'b']);
      expect(await f.dispatch.expiredLeases(at(6000), 1)).toHaveLength(1);
      expect((await f.queue.sizes()).inFlight).toBe(2);
    });

    it('releases what waits in a worker queue, not what it holds', async () => {
      await f.queue.enqueue(['a', 'b', 'c'].map((id) => ready(id)), T0);
      await f.dispatch.dispatch(['a', 'b', 'c'].map((taskId) => ({ taskId, workerId: 'w1' })), token);
      await f.dispatch.take('w1', 1, lease, 0);
      expect(await f.dispatch.releaseQueued('w1')).toEqual(['b', 'c']);
      expect(await f.dispatch.releaseQueued('w1')).toEqual([]);
      expect(await f.queue.sizes()).toEqual({ ready: 0, delayed: 0, dispatched: 0, inFlight: 1 });
    });
  });
}
