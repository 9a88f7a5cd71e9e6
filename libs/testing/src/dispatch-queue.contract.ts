import { LeaderElection, ReadyQueue, WorkerDispatch } from '@asynctask/domain';
import { Closable } from './builders';
import { useFixture } from './fixture';
import { describeReadyQueueCases } from './ready-queue.cases';
import { describeWorkerDispatchCases } from './worker-dispatch.cases';

export type DispatchQueueFixture = { queue: ReadyQueue; dispatch: WorkerDispatch; election: LeaderElection } & Closable;

/** The ready queue, delayed set, worker queues and leases; memory and Redis alike. */
export function describeDispatchQueueContract(adapterName: string, setup: () => Promise<DispatchQueueFixture>): void {
  describe(`dispatch queue contract: ${adapterName}`, () => {
    const fixture = useFixture(setup);
    describe('ready queue', () => describeReadyQueueCases(fixture));
    describe('worker dispatch', () => describeWorkerDispatchCases(fixture));
  });
}
