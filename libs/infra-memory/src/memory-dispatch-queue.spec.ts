import { describeDispatchQueueContract } from '@asynctask/testing';
import { MemoryDispatchQueue } from './memory-dispatch-queue';
import { MemoryLeaderElection } from './memory-leader-election';

const systemClock = { now: () => new Date() };

describeDispatchQueueContract('memory', async () => {
  const election = new MemoryLeaderElection(systemClock);
  const queue = new MemoryDispatchQueue(election);
  return { queue, dispatch: queue, election, close: async () => undefined };
});
