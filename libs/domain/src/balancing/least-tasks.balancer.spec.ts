import { LeastTasksBalancer } from './least-tasks.balancer';
import { LoadBalancer } from './load-balancer';
import { candidate, permutations } from './worker-candidate.fixtures';

describe('least_tasks balancer', () => {
  const balancer: LoadBalancer = new LeastTasksBalancer();

  it('picks nobody from nobody', () => {
    expect(balancer.select([], 'task-1')).toBeUndefined();
  });

  it('picks the worker running the fewest tasks', () => {
    const idle = candidate('c', 1);
    expect(balancer.select([candidate('a', 3), idle, candidate('b', 2)], 'task-1')).toBe(idle);
  });

  it('on equal load prefers the worker with more room for its capacity', () => {
    expect(balancer.select([candidate('a', 2, 4), candidate('b', 2, 10)], 'task-1')?.workerId).toBe('b');
  });

  it('on equal load and capacity prefers the lowest id', () => {
    expect(balancer.select([candidate('b', 1), candidate('c', 1), candidate('a', 1)], 'task-1')?.workerId).toBe('a');
  });

  it('picks the same worker whatever order the candidates come in', () => {
    const workers = [candidate('w3', 1, 4), candidate('w1', 1, 4), candidate('w2', 1, 8), candidate('w4', 2, 8)];
    const picks = new Set(permutations(workers).map((order) => balancer.select(order, 'task-1')?.workerId));
    expect([...picks]).toEqual(['w2']);
  });

  it('ignores the routing key', () => {
    const workers = [candidate('a', 1), candidate('b', 0)];
    expect(['k1', 'k2', 'k3'].map((key) => balancer.select(workers, key)?.workerId)).toEqual(['b', 'b', 'b']);
  });
});
