import { LoadBalancer } from './load-balancer';
import { RoundRobinBalancer } from './round-robin.balancer';
import { candidates } from './worker-candidate.fixtures';

const pickIds = (balancer: LoadBalancer, workerIds: string[], times: number) =>
  Array.from({ length: times }, () => balancer.select(candidates(...workerIds), 'task-1')?.workerId);

describe('round_robin balancer', () => {
  it('picks nobody from nobody', () => {
    const balancer: LoadBalancer = new RoundRobinBalancer();
    expect(balancer.select([], 'task-1')).toBeUndefined();
  });

  it('takes workers in turn by id, whatever order they come in', () => {
    expect(pickIds(new RoundRobinBalancer(), ['c', 'a', 'b'], 7)).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']);
  });

  it('keeps giving the only worker to every task', () => {
    expect(pickIds(new RoundRobinBalancer(), ['solo'], 3)).toEqual(['solo', 'solo', 'solo']);
  });

  it('carries on after the last picked worker when that worker leaves', () => {
    const balancer = new RoundRobinBalancer();
    expect(pickIds(balancer, ['a', 'b', 'c'], 2)).toEqual(['a', 'b']);
    expect(pickIds(balancer, ['a', 'c'], 3)).toEqual(['c', 'a', 'c']);
  });

  it('gives a worker that joins its turn in id order', () => {
    const balancer = new RoundRobinBalancer();
    expect(pickIds(balancer, ['a', 'c'], 1)).toEqual(['a']);
    expect(pickIds(balancer, ['a', 'b', 'c', 'd'], 5)).toEqual(['b', 'c', 'd', 'a', 'b']);
  });

  it('wraps around when every worker after the last pick has left', () => {
    const balancer = new RoundRobinBalancer();
    expect(pickIds(balancer, ['a', 'b', 'c', 'd'], 4)).toEqual(['a', 'b', 'c', 'd']);
    expect(pickIds(balancer, ['a', 'b'], 2)).toEqual(['a', 'b']);
  });

  // Worker ids come from WORKER_ID and may mix case and separators; none may be skipped.
  it.each([
    [['a', 'B', 'c']],
    [['worker_1', 'worker-2', 'Worker-3']],
  ])('visits every worker of %p once per round', (workerIds) => {
    const picks = pickIds(new RoundRobinBalancer(), workerIds, workerIds.length * 2);
    const firstRound = picks.slice(0, workerIds.length);
    expect([...firstRound].sort()).toEqual([...workerIds].sort());
    expect(picks.slice(workerIds.length)).toEqual(firstRound);
  });
});
