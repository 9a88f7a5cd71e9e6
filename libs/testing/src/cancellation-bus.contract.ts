import { CancellationBus } from '@asynctask/domain';
import { Closable } from './builders';

/** Collects what a subscriber receives; `first()` resolves on the first delivery, no polling. */
function collector() {
  const received: string[] = [];
  let delivered: () => void = () => undefined;
  const firstDelivery = new Promise<void>((resolve) => (delivered = resolve));
  return {
    received,
    handler: (taskId: string) => {
      received.push(taskId);
      delivered();
    },
    first: () => firstDelivery.then(() => received),
  };
}

export function describeCancellationBusContract(adapterName: string, setup: () => Promise<{ bus: CancellationBus } & Closable>): void {
  describe(`CancellationBus contract: ${adapterName}`, () => {
    let f: { bus: CancellationBus } & Closable;
    beforeEach(async () => (f = await setup()));
    afterEach(() => f.close());

    it('delivers a published id to every subscriber', async () => {
      const [a, b] = [collector(), collector()];
      const stopA = await f.bus.subscribe(a.handler);
      const stopB = await f.bus.subscribe(b.handler);
      await f.bus.publish('task-1');
      expect(await a.first()).toEqual(['task-1']);
      expect(await b.first()).toEqual(['task-1']);
      await stopA();
      await stopB();
    });

    it('stops delivering after unsubscribe', async () => {
      const [stopped, live] = [collector(), collector()];
      const stop = await f.bus.subscribe(stopped.handler);
      const stopLive = await f.bus.subscribe(live.handler);
      await stop();
      await f.bus.publish('task-2');
      await live.first(); // delivered to the live one, so it would have reached the stopped one by now
      expect(stopped.received).toEqual([]);
      await stopLive();
    });
  });
}
