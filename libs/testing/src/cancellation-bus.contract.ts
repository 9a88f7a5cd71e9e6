import { CancellationBus } from '@asynctask/domain';
import { Closable } from './builders';
import { useFixture } from './fixture';

type Fixture = { bus: CancellationBus } & Closable;

/** Records what a subscriber receives; `received(n)` resolves once n ids arrived, no polling. */
function recorder() {
  const ids: string[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  return {
    ids,
    handler: (taskId: string) => {
      ids.push(taskId);
      for (const w of waiting.filter((w) => ids.length >= w.count)) w.resolve();
    },
    received: (count: number): Promise<string[]> =>
      ids.length >= count ? Promise.resolve([...ids]) : new Promise<void>((resolve) => waiting.push({ count, resolve })).then(() => [...ids]),
  };
}

/** What every CancellationBus must do; memory and Redis alike. */
export function describeCancellationBusContract(adapterName: string, setup: () => Promise<Fixture>): void {
  describe(`CancellationBus contract: ${adapterName}`, () => {
    const fixture = useFixture(setup);
    const bus = () => fixture().bus;

    it('delivers published ids to a subscriber in order', async () => {
      const sub = recorder();
      const stop = await bus().subscribe(sub.handler);
      for (const id of ['task-1', 'task-2', 'task-3']) await bus().publish(id);
      expect(await sub.received(3)).toEqual(['task-1', 'task-2', 'task-3']);
      await stop();
    });

    it('delivers each id to every subscriber', async () => {
      const [a, b] = [recorder(), recorder()];
      const stopA = await bus().subscribe(a.handler);
      const stopB = await bus().subscribe(b.handler);
      await bus().publish('task-1');
      expect(await a.received(1)).toEqual(['task-1']);
      expect(await b.received(1)).toEqual(['task-1']);
      await stopA();
      await stopB();
    });

    it('stops delivering to a subscriber once it unsubscribed', async () => {
      const [leaving, staying] = [recorder(), recorder()];
      const stopLeaving = await bus().subscribe(leaving.handler);
      const stopStaying = await bus().subscribe(staying.handler);
      await bus().publish('before');
      expect(await leaving.received(1)).toEqual(['before']);
      await stopLeaving();
      await bus().publish('after');
      // Delivered to the one still subscribed, so it would have reached the other by now too.
      expect(await staying.received(2)).toEqual(['before', 'after']);
      expect(leaving.ids).toEqual(['before']);
      await stopStaying();
    });

    it('accepts a publish nobody listens to', async () => {
      await expect(bus().publish('task-unheard')).resolves.toBeUndefined();
    });
  });
}
