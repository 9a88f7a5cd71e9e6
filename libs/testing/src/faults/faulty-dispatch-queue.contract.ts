import { QueueEntry, StoreUnavailableError } from '@asynctask/domain';
import { T0 } from '../builders';
import { DispatchQueueFixture, describeDispatchQueueContract } from '../dispatch-queue.contract';
import { useFixture } from '../fixture';
import { FaultyDispatchQueue } from './faulty-ports';

const due = (taskId: string): QueueEntry => ({ taskId, priority: 5, runAt: T0 });

/**
 * FaultyDispatchQueue over an adapter: the whole DispatchQueue contract through it (it forwards
 * faithfully), then each way of faulting, seen in what the adapter holds afterwards.
 */
export function describeFaultyDispatchQueueContract(adapterName: string, setup: () => Promise<DispatchQueueFixture>): void {
  describeDispatchQueueContract(`${adapterName} behind FaultyDispatchQueue`, async () => {
    const fixture = await setup();
    return { ...fixture, queue: new FaultyDispatchQueue(fixture.queue).port };
  });

  describe(`FaultyDispatchQueue over ${adapterName}`, () => {
    const fixture = useFixture(setup);
    let faults: FaultyDispatchQueue;
    const queue = () => faults.port;
    const queued = (...taskIds: string[]) => fixture().queue.queued(taskIds);
    beforeEach(() => {
      faults = new FaultyDispatchQueue(fixture().queue);
    });

    it('fails the next call before the adapter sees it: nothing is queued, and the call after goes through', async () => {
      faults.failNext('enqueue');
      const refused = queue().enqueue([due('a')], T0);
      await expect(refused).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(refused).rejects.toThrow('Redis is unavailable: injected fault, the call was not made');
      expect(await queued('a')).toEqual([false]);
      await queue().enqueue([due('a')], T0);
      expect(await queued('a')).toEqual([true]);
      expect(faults.calls().map((c) => [c.method, c.outcome])).toEqual([['enqueue', 'failed'], ['enqueue', 'answered']]);
    });

    it('fails the next N calls of any method with the error given', async () => {
      const down = new Error('connection refused');
      faults.failNext('any', { times: 2, error: down });
      await expect(queue().enqueue([due('a')], T0)).rejects.toBe(down);
      await expect(queue().peek(10)).rejects.toBe(down);
      await queue().enqueue([due('b')], T0);
      expect(await queued('a', 'b')).toEqual([false, true]);
    });

    it('strikes only the calls `when` accepts, and counts only those', async () => {
      faults.failNext('enqueue', { when: ({ args: [entries] }) => entries.some((e) => e.taskId === 'b') });
      await queue().enqueue([due('a')], T0);
      await expect(queue().enqueue([due('b')], T0)).rejects.toBeInstanceOf(StoreUnavailableError);
      await queue().enqueue([due('c')], T0);
      await queue().enqueue([due('b')], T0);
      expect(await queued('a', 'b', 'c')).toEqual([true, true, true]);
    });

    it('loses the answer after the write: the caller gets the error, the task is queued', async () => {
      faults.loseAnswerOfNext('enqueue');
      await expect(queue().enqueue([due('a')], T0)).rejects.toThrow('Redis is unavailable: injected fault, the answer was lost after the call');
      expect(await queued('a')).toEqual([true]);
      expect(faults.calls('enqueue').map((c) => c.outcome)).toEqual(['lost']);
    });

    it('holds a call before the adapter until released, while other calls go through', async () => {
      const held = faults.holdNext('enqueue');
      const enqueued = queue().enqueue([due('a')], T0);
      expect((await held.reached).args[0]).toEqual([due('a')]);
      await queue().enqueue([due('b')], T0);
      expect(await queued('a', 'b')).toEqual([false, true]);
      expect(faults.calls('enqueue').map((c) => c.outcome)).toEqual(['pending', 'answered']);
      held.release();
      await enqueued;
      expect(await queue().peek(10)).toEqual(['b', 'a']);
    });

    it('holds a call after the adapter answered: the write is visible while its caller still waits', async () => {
      const held = faults.holdNext('moveToWorkers', { at: 'after' });
      const token = (await fixture().election.tryAcquire('scheduler', 60_000))?.fencingToken ?? -1;
      await queue().enqueue([due('a')], T0);
      const moved = queue().moveToWorkers([{ taskId: 'a', workerId: 'w1' }], token);
      await held.reached;
      expect(await fixture().queue.holds([{ taskId: 'a', workerId: 'w1' }])).toEqual([true]);
      held.release();
      expect(await moved).toEqual(['a']);
    });

    it('lets a call released before it arrives go straight through', async () => {
      const held = faults.holdNext('any');
      held.release();
      await queue().enqueue([due('a')], T0);
      expect((await held.reached).method).toBe('enqueue');
      expect(await queued('a')).toEqual([true]);
    });

    it('shows a hook every call before and after, with the answer, and lets it fail either side until removed', async () => {
      const seen: string[] = [];
      const remove = faults.onCall((call) => {
        seen.push(`${call.method} ${call.phase}`);
        if (call.phase === 'after' && call.method === 'peek') seen.push(`peek answered ${call.answer.join()}`);
        return call.method === 'remove' ? { fail: new Error(`${call.phase} remove`) } : undefined;
      });
      await queue().enqueue([due('a')], T0);
      expect(await queue().peek(10)).toEqual(['a']);
      await expect(queue().remove(['a'])).rejects.toThrow('before remove');
      expect(seen).toEqual(['enqueue before', 'enqueue after', 'peek before', 'peek after', 'peek answered a', 'remove before']);
      remove();
      await queue().remove(['a']);
      expect(await queued('a')).toEqual([false]);
      expect(seen).toHaveLength(6);
    });

    it('lets jest.spyOn watch a method, whose calls still go through the faults, until restored', async () => {
      const enqueue = jest.spyOn(queue(), 'enqueue');
      faults.failNext('enqueue');
      await expect(queue().enqueue([due('a')], T0)).rejects.toBeInstanceOf(StoreUnavailableError);
      await queue().enqueue([due('b')], T0);
      expect(enqueue.mock.calls.map(([entries]) => entries[0].taskId)).toEqual(['a', 'b']);
      enqueue.mockRestore();
      expect(queue().enqueue).not.toBe(enqueue);
      await queue().enqueue([due('c')], T0);
      expect(faults.calls('enqueue').map((c) => c.outcome)).toEqual(['failed', 'answered', 'answered']);
      expect(await queued('a', 'b', 'c')).toEqual([false, true, true]);
    });

    it('holds a call for as long as a hook takes to decide', async () => {
      let decide: () => void = () => undefined;
      faults.onCall((call) => (call.phase === 'before' ? new Promise<undefined>((resolve) => (decide = () => resolve(undefined))) : undefined));
      const enqueued = queue().enqueue([due('a')], T0);
      await new Promise((resolve) => setImmediate(resolve));
      expect(await queued('a')).toEqual([false]);
      decide();
      await enqueued;
      expect(await queued('a')).toEqual([true]);
    });
  });
}
