import { describeDispatchQueueContract } from '@asynctask/testing';
import { MemoryDispatchQueue } from './memory-dispatch-queue';
import { MemoryLeaderElection } from './memory-leader-election';

const systemClock = { now: () => new Date() };

describeDispatchQueueContract('memory', async () => {
  const election = new MemoryLeaderElection(systemClock);
  return { queue: new MemoryDispatchQueue(election), election, close: async () => undefined };
});
