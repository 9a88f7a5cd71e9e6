import { WorkerRegistry, WorkerRepository } from '@asynctask/domain';
import { Closable, aWorker, at } from './builders';

export function describeWorkerRepositoryContract(adapterName: string, setup: () => Promise<{ workers: WorkerRepository } & Closable>): void {
  describe(`WorkerRepository contract: ${adapterName}`, () => {
    let f: { workers: WorkerRepository } & Closable;
    beforeEach(async () => (f = await setup()));
    afterEach(() => f.close());

    it('saves, replaces and reads workers', async () => {
      const worker = aWorker();
      await f.workers.save(worker);
      expect(await f.workers.findById(worker.workerId)).toEqual(worker);
      const updated = { ...worker, status: 'OFFLINE' as const, currentLoad: 3, lastHeartbeat: at(500) };
      await f.workers.save(updated);
      expect(await f.workers.findById(worker.workerId)).toEqual(updated);
      expect(await f.workers.findById('missing')).toBeNull();
    });

    it('lists every worker by id', async () => {
      const [b, a] = [aWorker({ workerId: 'b' }), aWorker({ workerId: 'a' })];
      await f.workers.save(b);
      await f.workers.save(a);
      expect(await f.workers.findAll()).toEqual([a, b]);
    });
  });
}

export function describeWorkerRegistryContract(adapterName: string, setup: () => Promise<{ registry: WorkerRegistry } & Closable>): void {
  describe(`WorkerRegistry contract: ${adapterName}`, () => {
    let f: { registry: WorkerRegistry } & Closable;
    beforeEach(async () => (f = await setup()));
    afterEach(() => f.close());

    it('registers workers and lists them', async () => {
      const [a, b] = [aWorker(), aWorker({ executorTypes: [] })];
      await f.registry.register(a);
      await f.registry.register(b);
      const listed = (await f.registry.list()).sort((x, y) => x.workerId.localeCompare(y.workerId));
      expect(listed).toEqual([a, b]);
    });

    it('records heartbeats of known workers only', async () => {
      const worker = aWorker();
      await f.registry.register(worker);
      expect(await f.registry.heartbeat(worker.workerId, 4, at(2000))).toBe(true);
      expect(await f.registry.list()).toEqual([{ ...worker, currentLoad: 4, lastHeartbeat: at(2000) }]);
      expect(await f.registry.heartbeat('unknown', 1, at(2000))).toBe(false);
      expect(await f.registry.list()).toHaveLength(1);
    });

    it('updates and removes a worker', async () => {
      const worker = aWorker();
      await f.registry.register(worker);
      await f.registry.update({ ...worker, status: 'DRAINING' });
      expect((await f.registry.list())[0].status).toBe('DRAINING');
      await f.registry.remove(worker.workerId);
      expect(await f.registry.list()).toEqual([]);
      expect(await f.registry.heartbeat(worker.workerId, 0, at(1))).toBe(false);
    });
  });
}
