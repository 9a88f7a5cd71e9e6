import { ConsistentHashBalancer } from './consistent-hash.balancer';
import { LoadBalancer, WorkerCandidate } from './load-balancer';
import { candidate, candidates } from './worker-candidate.fixtures';

const KEYS = Array.from({ length: 1000 }, (_, i) => `task-${i}`);
const FOUR = candidates('w1', 'w2', 'w3', 'w4');

function ownerOfEachKey(balancer: LoadBalancer, workers: readonly WorkerCandidate[]): Map<string, string | undefined> {
  return new Map(KEYS.map((key) => [key, balancer.select(workers, key)?.workerId]));
}

describe('consistent_hash balancer', () => {
  it('picks nobody from nobody', () => {
    expect(new ConsistentHashBalancer().select([], 'task-1')).toBeUndefined();
  });

  it('sends every key to the only worker', () => {
    const solo = candidate('solo');
    expect(KEYS.every((key) => new ConsistentHashBalancer().select([solo], key) === solo)).toBe(true);
  });

  it('sends the same key to the same worker, from any instance and candidate order', () => {
    const balancer = new ConsistentHashBalancer();
    const first = ownerOfEachKey(balancer, FOUR);
    expect(ownerOfEachKey(balancer, FOUR)).toEqual(first);
    expect(ownerOfEachKey(new ConsistentHashBalancer(), [...FOUR].reverse())).toEqual(first);
  });

  it('returns the candidate it was given, with its current load', () => {
    const busy = [candidate('w1', 3), candidate('w2', 7)];
    const picked = new ConsistentHashBalancer().select(busy, 'task-1');
    expect(busy).toContain(picked);
  });

  it('spreads 1000 keys over 4 workers with each getting 15% to 35%', () => {
    const counts = new Map<string | undefined, number>();
    for (const owner of ownerOfEachKey(new ConsistentHashBalancer(), FOUR).values()) counts.set(owner, (counts.get(owner) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['w1', 'w2', 'w3', 'w4']);
    for (const count of counts.values()) {
      expect(count).toBeGreaterThanOrEqual(150);
      expect(count).toBeLessThanOrEqual(350);
    }
  });

  it.each(['w1', 'w2', 'w3', 'w4'])('when %s leaves, only the keys it owned move', (leaving) => {
    const balancer = new ConsistentHashBalancer();
    const before = ownerOfEachKey(balancer, FOUR);
    const after = ownerOfEachKey(balancer, FOUR.filter((w) => w.workerId !== leaving));

    const owned = KEYS.filter((key) => before.get(key) === leaving);
    const others = KEYS.filter((key) => before.get(key) !== leaving);
    expect(owned.length).toBeGreaterThan(0);
    expect(others.filter((key) => after.get(key) !== before.get(key))).toEqual([]);
    expect(owned.filter((key) => after.get(key) === leaving || after.get(key) === undefined)).toEqual([]);
  });

  it('when a worker joins, keys move only to it', () => {
    const balancer = new ConsistentHashBalancer();
    const before = ownerOfEachKey(balancer, FOUR);
    const after = ownerOfEachKey(balancer, [...FOUR, candidate('w5')]);

    const moved = KEYS.filter((key) => after.get(key) !== before.get(key));
    expect(moved.filter((key) => after.get(key) !== 'w5')).toEqual([]);
    // A fair share for 5 workers is 200 keys; the newcomer must take a real part of it.
    expect(moved.length).toBeGreaterThanOrEqual(100);
  });
});
