import { LeaderElection } from '@asynctask/domain';
import { Closable } from './builders';
import { elapse, present, useFixture } from './fixture';

type Fixture = { election: LeaderElection } & Closable;

/** Short, so the suite stays fast; waits are this plus a margin, since a lapse is real time passing. */
const SHORT_TTL_MS = 100;
const PAST_TTL_MS = SHORT_TTL_MS + 60;
const LONG_TTL_MS = 60_000;

/** What every LeaderElection must do; memory and Redis alike. */
export function describeLeaderElectionContract(adapterName: string, setup: () => Promise<Fixture>): void {
  describe(`LeaderElection contract: ${adapterName}`, () => {
    const fixture = useFixture(setup);
    const election = () => fixture().election;

    it('has no leader at first', async () => {
      expect(await election().currentLeader()).toBeNull();
    });

    it('has one leader at a time', async () => {
      const lease = await election().tryAcquire('a', LONG_TTL_MS);
      expect(lease).toEqual({ candidateId: 'a', fencingToken: expect.any(Number) });
      expect(await election().tryAcquire('b', LONG_TTL_MS)).toBeNull();
      expect(await election().tryAcquire('a', LONG_TTL_MS)).toBeNull();
      expect(await election().currentLeader()).toBe('a');
    });

    it('lets exactly one of two racing candidates lead', async () => {
      const leases = await Promise.all([election().tryAcquire('a', LONG_TTL_MS), election().tryAcquire('b', LONG_TTL_MS)]);
      const won = leases.filter((lease) => lease !== null);
      expect(won).toHaveLength(1);
      expect(await election().currentLeader()).toBe(won[0]?.candidateId);
    });

    it('renews the lease in force, which keeps it past its first TTL', async () => {
      const lease = present(await election().tryAcquire('a', SHORT_TTL_MS), 'a lease');
      expect(await election().renew(lease, LONG_TTL_MS)).toBe(true);
      await elapse(PAST_TTL_MS);
      expect(await election().tryAcquire('b', LONG_TTL_MS)).toBeNull();
      expect(await election().currentLeader()).toBe('a');
      expect(await election().renew(lease, LONG_TTL_MS)).toBe(true);
    });

    it('hands over once the lease lapses, with a higher fencing token, and refuses the old lease', async () => {
      const first = present(await election().tryAcquire('a', SHORT_TTL_MS), 'a lease');
      expect(await election().tryAcquire('b', LONG_TTL_MS)).toBeNull();
      await elapse(PAST_TTL_MS);
      expect(await election().currentLeader()).toBeNull();
      expect(await election().renew(first, LONG_TTL_MS)).toBe(false);
      const second = present(await election().tryAcquire('b', LONG_TTL_MS), 'a lease after the lapse');
      expect(second.fencingToken).toBeGreaterThan(first.fencingToken);
      expect(await election().renew(first, LONG_TTL_MS)).toBe(false);
      await election().release(first);
      expect(await election().currentLeader()).toBe('b');
      expect(await election().renew(second, LONG_TTL_MS)).toBe(true);
    });

    it('frees the lease at once on release, and every new leadership gets a higher token', async () => {
      const first = present(await election().tryAcquire('a', LONG_TTL_MS), 'a lease');
      await election().release(first);
      expect(await election().currentLeader()).toBeNull();
      expect(await election().renew(first, LONG_TTL_MS)).toBe(false);
      const again = present(await election().tryAcquire('a', LONG_TTL_MS), 'a second lease');
      await election().release(again);
      const other = present(await election().tryAcquire('b', LONG_TTL_MS), 'a third lease');
      expect(again.fencingToken).toBeGreaterThan(first.fencingToken);
      expect(other.fencingToken).toBeGreaterThan(again.fencingToken);
      expect(await election().currentLeader()).toBe('b');
    });
  });
}
