import { WorkerRepository } from '@asynctask/domain';
import { Closable, aWorkerProps, at } from './builders';
import { useFixture } from './fixture';

type Fixture = { workers: WorkerRepository } & Closable;

/** What every WorkerRepository (the durable worker record) must do; memory and MySQL alike. */
export function describeWorkerRepositoryContract(adapterName: string, setup: () => Promise<Fixture>): void {
  describe(`WorkerRepository contract: ${adapterName}`, () => {
    const fixture = useFixture(setup);

    it('has no workers at first', async () => {
      expect(await fixture().workers.findAll()).toEqual([]);
    });

    it('saves a worker and returns it exactly', async () => {
      const worker = aWorkerProps({ workerName: 'wörker ✓', executorTypes: ['echo', 'http', 'sleep'], lastHeartbeat: new Date('2026-02-03T04:05:06.789Z') });
      await fixture().workers.save(worker);
      expect(await fixture().workers.findById(worker.workerId)).toEqual(worker);
      expect(await fixture().workers.findById('worker-missing')).toBeNull();
    });

    it('replaces a saved worker', async () => {
      const worker = aWorkerProps();
      await fixture().workers.save(worker);
      const offline = { ...worker, status: 'OFFLINE' as const, currentLoad: 3, executorTypes: [], lastHeartbeat: at(500) };
      await fixture().workers.save(offline);
      expect(await fixture().workers.findById(worker.workerId)).toEqual(offline);
      expect(await fixture().workers.findAll()).toEqual([offline]);
    });

    it('lists every worker ordered by id', async () => {
      const [b, a, c] = [aWorkerProps({ workerId: 'worker-b' }), aWorkerProps({ workerId: 'worker-a' }), aWorkerProps({ workerId: 'worker-c' })];
      for (const worker of [b, a, c]) await fixture().workers.save(worker);
      expect(await fixture().workers.findAll()).toEqual([a, b, c]);
    });

    it('does not let callers change what it stored', async () => {
      const worker = aWorkerProps({ executorTypes: ['echo'] });
      await fixture().workers.save(worker);
      (worker.executorTypes as string[]).push('passed-in');
      ((await fixture().workers.findById(worker.workerId))?.executorTypes as string[]).push('returned');
      ((await fixture().workers.findAll())[0].executorTypes as string[]).push('listed');
      expect((await fixture().workers.findById(worker.workerId))?.executorTypes).toEqual(['echo']);
    });
  });
}
