import { FixedClock, at, describeLeaderElectionContract } from '@asynctask/testing';
import { MemoryLeaderElection } from './memory-leader-election';

describeLeaderElectionContract('memory', async () => ({ election: new MemoryLeaderElection({ now: () => new Date() }), close: async () => undefined }));

describe('MemoryLeaderElection on its clock', () => {
  it('lets a lease lapse when its clock reaches the TTL, not before', async () => {
    const clock = new FixedClock(at(0));
    const election = new MemoryLeaderElection(clock);
    const lease = await election.tryAcquire('a', 1000);
    clock.set(at(999));
    expect(await election.currentLeader()).toBe('a');
    expect(election.isCurrentToken(lease?.fencingToken ?? -1)).toBe(true);
    clock.set(at(1000));
    expect(await election.currentLeader()).toBeNull();
    expect(election.isCurrentToken(lease?.fencingToken ?? -1)).toBe(false);
  });

  it('counts a renewed TTL from the time of the renewal', async () => {
    const clock = new FixedClock(at(0));
    const election = new MemoryLeaderElection(clock);
    const lease = await election.tryAcquire('a', 1000);
    clock.set(at(800));
    expect(lease && (await election.renew(lease, 1000))).toBe(true);
    clock.set(at(1799));
    expect(await election.tryAcquire('b', 1000)).toBeNull();
    clock.set(at(1800));
    expect(await election.tryAcquire('b', 1000)).toEqual({ candidateId: 'b', fencingToken: (lease?.fencingToken ?? 0) + 1 });
  });
});
