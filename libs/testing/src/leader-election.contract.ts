import { LeaderElection } from '@asynctask/domain';
import { Closable } from './builders';

const TTL_MS = 150;

export function describeLeaderElectionContract(adapterName: string, setup: () => Promise<{ election: LeaderElection } & Closable>): void {
  describe(`LeaderElection contract: ${adapterName}`, () => {
    let f: { election: LeaderElection } & Closable;
    beforeEach(async () => (f = await setup()));
    afterEach(() => f.close());

    it('has one leader at a time', async () => {
      const lease = await f.election.tryAcquire('a', 10_000);
      expect(lease).toMatchObject({ candidateId: 'a', fencingToken: expect.any(Number) });
      expect(await f.election.tryAcquire('b', 10_000)).toBeNull();
      expect(await f.election.tryAcquire('a', 10_000)).toBeNull();
      expect(await f.election.currentLeader()).toBe('a');
    });

    it('renews only the lease in force', async () => {
      const lease = await f.election.tryAcquire('a', 10_000);
      if (!lease) throw new Error('no lease');
      expect(await f.election.renew(lease, 10_000)).toBe(true);
      await f.election.release(lease);
      expect(await f.election.renew(lease, 10_000)).toBe(false);
      expect(await f.election.currentLeader()).toBeNull();
    });

    it('lets another candidate lead once the lease lapses, with a higher fencing token', async () => {
      const first = await f.election.tryAcquire('a', TTL_MS);
      if (!first) throw new Error('no lease');
      await new Promise((resolve) => setTimeout(resolve, TTL_MS + 100)); // a lease lapsing is time passing
      const second = await f.election.tryAcquire('b', 10_000);
      expect(second?.fencingToken).toBeGreaterThan(first.fencingToken);
      expect(await f.election.renew(first, 10_000)).toBe(false);
      await f.election.release(first);
      expect(await f.election.currentLeader()).toBe('b');
    });

    it('frees the lease at once on release', async () => {
      const lease = await f.election.tryAcquire('a', 10_000);
      if (!lease) throw new Error('no lease');
      await f.election.release(lease);
      const next = await f.election.tryAcquire('b', 10_000);
      expect(next?.fencingToken).toBeGreaterThan(lease.fencingToken);
    });
  });
}
