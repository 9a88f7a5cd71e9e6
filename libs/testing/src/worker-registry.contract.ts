import { WorkerProps, WorkerRegistry } from '@asynctask/domain';
import { Closable, aWorkerProps, at } from './builders';
import { useFixture } from './fixture';

type Fixture = { registry: WorkerRegistry } & Closable;

const byId = (workers: WorkerProps[]) => [...workers].sort((x, y) => (x.workerId < y.workerId ? -1 : 1));

/** What every WorkerRegistry (the live view of workers) must do; memory and Redis alike. */
export function describeWorkerRegistryContract(adapterName: string, setup: () => Promise<Fixture>): void {
  describe(`WorkerRegistry contract: ${adapterName}`, () => {
    const fixture = useFixture(setup);

    it('registers workers and lists them exactly', async () => {
      expect(await fixture().registry.list()).toEqual([]);
      const [a, b] = [aWorkerProps({ lastHeartbeat: new Date('2026-02-03T04:05:06.789Z') }), aWorkerProps({ executorTypes: [], status: 'DRAINING' })];
      await fixture().registry.register(a);
      await fixture().registry.register(b);
      expect(byId(await fixture().registry.list())).toEqual([a, b]);
    });

    it('replaces the entry of a worker that registers again', async () => {
      const worker = aWorkerProps();
      await fixture().registry.register(worker);
      const restarted = { ...worker, address: '10.0.0.8:9465', capacity: 4, startedAt: at(9000), lastHeartbeat: at(9000) };
      await fixture().registry.register(restarted);
      expect(await fixture().registry.list()).toEqual([restarted]);
    });

    it('records heartbeats of known workers with the status it holds, and says when it does not know one', async () => {
      const [worker, other] = [aWorkerProps(), aWorkerProps()];
      await fixture().registry.register(worker);
      await fixture().registry.register(other);
      expect(await fixture().registry.heartbeat(worker.workerId, 4, at(2000))).toBe('ONLINE');
      expect(byId(await fixture().registry.list())).toEqual([{ ...worker, currentLoad: 4, lastHeartbeat: at(2000) }, other]);
      expect(await fixture().registry.heartbeat('worker-unknown', 1, at(2000))).toBeNull();
      expect(await fixture().registry.list()).toHaveLength(2);
    });

    it('tells a worker that the scheduler declared OFFLINE so in its heartbeat', async () => {
      const worker = aWorkerProps();
      await fixture().registry.register(worker);
      await fixture().registry.update({ ...worker, status: 'OFFLINE', currentLoad: 0 });
      expect(await fixture().registry.heartbeat(worker.workerId, 3, at(4000))).toBe('OFFLINE');
      await fixture().registry.register({ ...worker, lastHeartbeat: at(4000) });
      expect(await fixture().registry.heartbeat(worker.workerId, 3, at(5000))).toBe('ONLINE');
    });

    it('updates a worker entry', async () => {
      const worker = aWorkerProps();
      await fixture().registry.register(worker);
      const draining = { ...worker, status: 'DRAINING' as const, currentLoad: 2, lastHeartbeat: at(3000) };
      await fixture().registry.update(draining);
      expect(await fixture().registry.list()).toEqual([draining]);
    });

    it('removes a worker, which must then register again', async () => {
      const [worker, other] = [aWorkerProps(), aWorkerProps()];
      await fixture().registry.register(worker);
      await fixture().registry.register(other);
      await fixture().registry.remove(worker.workerId);
      await fixture().registry.remove('worker-unknown');
      expect(await fixture().registry.list()).toEqual([other]);
      expect(await fixture().registry.heartbeat(worker.workerId, 0, at(1))).toBeNull();
      expect(await fixture().registry.list()).toEqual([other]);
    });

    it('does not let callers change what it stored', async () => {
      const worker = aWorkerProps({ executorTypes: ['echo'] });
      await fixture().registry.register(worker);
      (worker.executorTypes as string[]).push('passed-in');
      ((await fixture().registry.list())[0].executorTypes as string[]).push('returned');
      expect((await fixture().registry.list())[0].executorTypes).toEqual(['echo']);
    });
  });
}
