import { DispatchQueue, LeaderElection } from '@asynctask/domain';
import { Closable } from './builders';
import { useFixture } from './fixture';
import { describeReadyQueueCases } from './dispatch-queue-ready.cases';
import { describeWorkerQueueCases } from './dispatch-queue-workers.cases';

export type DispatchQueueFixture = { queue: DispatchQueue; election: LeaderElection } & Closable;

/** What every DispatchQueue must do, memory and Redis alike: the ready queue and delayed set, worker queues and leases. */
export function describeDispatchQueueContract(adapterName: string, setup: () => Promise<DispatchQueueFixture>): void {
  describe(`DispatchQueue contract: ${adapterName}`, () => {
    const fixture = useFixture(setup);
    describe('waiting for a worker', () => describeReadyQueueCases(fixture));
    describe('handed to workers', () => describeWorkerQueueCases(fixture));
  });
}
