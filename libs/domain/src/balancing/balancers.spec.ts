import { ConsistentHashBalancer } from './consistent-hash.balancer';
import { LeastTasksBalancer } from './least-tasks.balancer';
import { LoadBalancer, WorkerCandidate } from './load-balancer';
import { RoundRobinBalancer } from './round-robin.balancer';

const worker = (workerId: string, load = 0, capacity = 10): WorkerCandidate => ({ workerId, load, capacity });
const keys = Array.from({ length: 1000 }, (_, i) => `task-${i}`);

describe('load balancers', () => {
  it.each([new LeastTasksBalancer(), new RoundRobinBalancer(), new ConsistentHashBalancer()])('%p picks nobody from nobody', (balancer) => {
    expect(balancer.select([], 'k')).toBeUndefined();
  });

  describe('least_tasks', () => {
    const balancer: LoadBalancer = new LeastTasksBalancer();

    it('picks the worker running the fewest tasks', () => {
      expect(balancer.select([worker('a', 3), worker('b', 1), worker('c', 2)], 'k')?.workerId).toBe('b');
    });

    it('breaks ties by relative load, then by id', () => {
      expect(balancer.select([worker('a', 2, 4), worker('b', 2, 10)], 'k')?.workerId).toBe('b');
      expect(balancer.select([worker('b', 1), worker('a', 1)], 'k')?.workerId).toBe('a');
    });
  });

  describe('round_robin', () => {
    it('takes workers in turn by id', () => {
      const balancer: LoadBalancer = new RoundRobinBalancer();
      const workers = [worker('c'), worker('a'), worker('b')];
      expect([1, 2, 3, 4].map(() => balancer.select(workers, 'k')?.workerId)).toEqual(['a', 'b', 'c', 'a']);
    });

    it('keeps its place when workers leave and join', () => {
      const balancer: LoadBalancer = new RoundRobinBalancer();
      expect(balancer.select([worker('a'), worker('b'), worker('c')], 'k')?.workerId).toBe('a');
      expect(balancer.select([worker('a'), worker('c')], 'k')?.workerId).toBe('c');
      expect(balancer.select([worker('a'), worker('b'), worker('c'), worker('d')], 'k')?.workerId).toBe('d');
      expect(balancer.select([worker('a'), worker('b')], 'k')?.workerId).toBe('a');
    });
  });

  describe('consistent_hash', () => {
    const four = ['w1', 'w2', 'w3', 'w4'].map((id) => worker(id));
    const owners = (balancer: ConsistentHashBalancer, workers: WorkerCandidate[]) =>
      new Map(keys.map((key) => [key, balancer.select(workers, key)?.workerId]));

    it('sends the same key to the same worker, from any balancer instance', () => {
      const first = owners(new ConsistentHashBalancer(), four);
      expect(owners(new ConsistentHashBalancer(), [...four].reverse())).toEqual(first);
    });

    it('spreads keys evenly enough', () => {
      const counts = new Map<string, number>();
      for (const owner of owners(new ConsistentHashBalancer(), four).values()) counts.set(owner as string, (counts.get(owner as string) ?? 0) + 1);
      for (const id of ['w1', 'w2', 'w3', 'w4']) {
        expect(counts.get(id)).toBeGreaterThan(150);
        expect(counts.get(id)).toBeLessThan(350);
      }
    });

    it('moves only the keys of a worker that leaves', () => {
      const balancer = new ConsistentHashBalancer();
      const before = owners(balancer, four);
      const after = owners(balancer, four.filter((w) => w.workerId !== 'w3'));
      let moved = 0;
      for (const key of keys) {
        if (before.get(key) === 'w3') {
          expect(after.get(key)).not.toBe('w3');
          moved++;
        } else {
          expect(after.get(key)).toBe(before.get(key));
        }
      }
      expect(moved).toBeGreaterThan(0);
    });

    it('moves keys only to a worker that joins', () => {
      const balancer = new ConsistentHashBalancer();
      const before = owners(balancer, four);
      const after = owners(balancer, [...four, worker('w5')]);
      const changed = keys.filter((key) => after.get(key) !== before.get(key));
      expect(changed.length).toBeGreaterThan(100);
      expect(changed.every((key) => after.get(key) === 'w5')).toBe(true);
    });
  });
});
