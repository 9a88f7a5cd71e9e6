import { ClusterEventMap, ClusterEventType, ClusterEvents } from '@asynctask/domain';
import { Closable } from './builders';
import { useFixture } from './fixture';

/** An event as a listening process got it. */
export interface HeardEvent {
  readonly type: ClusterEventType;
  readonly event: ClusterEventMap[ClusterEventType];
}

export interface ClusterEventsFixture extends Closable {
  /** The publishing side of one process of the installation. */
  readonly events: ClusterEvents;
  /** Starts another process of the same installation that hands every event of every type it hears to `hear`. */
  listen(hear: (heard: HeardEvent) => void): Promise<void>;
  /** A process of another installation sharing the same transport (another REDIS_PREFIX on the same Redis). */
  otherInstallation(): Promise<ClusterEvents>;
}

/** Records what a listener hears; `heard(n)` resolves once n events arrived, no polling. */
function recorder() {
  const events: HeardEvent[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  return {
    events,
    hear: (heard: HeardEvent) => {
      events.push(heard);
      for (const w of waiting.filter((w) => events.length >= w.count)) w.resolve();
    },
    heard: (count: number): Promise<HeardEvent[]> =>
      events.length >= count ? Promise.resolve([...events]) : new Promise<void>((resolve) => waiting.push({ count, resolve })).then(() => [...events]),
  };
}

/** What every ClusterEvents must do; memory and the Nest transports (Redis, in-process) alike. */
export function describeClusterEventsContract(adapterName: string, setup: () => Promise<ClusterEventsFixture>): void {
  describe(`ClusterEvents contract: ${adapterName}`, () => {
    const fixture = useFixture(setup);
    const events = () => fixture().events;

    it('delivers every type of event with its fields to a listening process, in the order published', async () => {
      const listener = recorder();
      await fixture().listen(listener.hear);
      await events().publish('task.cancelled', { taskId: 'task-1' });
      await events().publish('task-config.changed', { taskType: 'echo' });
      await events().publish('task.ended', { taskId: 'task-2', status: 'SUCCESS' });
      await events().publish('task.cancelled', { taskId: 'task-3' });
      expect(await listener.heard(4)).toEqual([
        { type: 'task.cancelled', event: { taskId: 'task-1' } },
        { type: 'task-config.changed', event: { taskType: 'echo' } },
        { type: 'task.ended', event: { taskId: 'task-2', status: 'SUCCESS' } },
        { type: 'task.cancelled', event: { taskId: 'task-3' } },
      ]);
    });

    it('delivers each event to every listening process', async () => {
      const [a, b] = [recorder(), recorder()];
      await fixture().listen(a.hear);
      await fixture().listen(b.hear);
      await events().publish('task-config.changed', { taskType: 'echo' });
      const expected = [{ type: 'task-config.changed', event: { taskType: 'echo' } }];
      expect(await a.heard(1)).toEqual(expected);
      expect(await b.heard(1)).toEqual(expected);
    });

    it("keeps another installation's events from this one's processes", async () => {
      const listener = recorder();
      await fixture().listen(listener.hear);
      const other = await fixture().otherInstallation();
      await other.publish('task.cancelled', { taskId: 'not-ours' });
      await events().publish('task.cancelled', { taskId: 'ours' });
      // Published after the other's, so the other's would have come first.
      expect(await listener.heard(1)).toEqual([{ type: 'task.cancelled', event: { taskId: 'ours' } }]);
    });

    it('accepts a publish nobody listens to', async () => {
      await expect(events().publish('task.ended', { taskId: 'task-unheard', status: 'FAILED' })).resolves.toBeUndefined();
    });
  });
}
