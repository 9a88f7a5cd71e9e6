import { ConsistentHashBalancer } from './consistent-hash.balancer';
import { LeastTasksBalancer } from './least-tasks.balancer';
import { LoadBalancers } from './load-balancer.factory';
import { RoundRobinBalancer } from './round-robin.balancer';
import { ROUTE_STRATEGIES } from './route-strategy';

describe('LoadBalancers', () => {
  it.each([
    ['least_tasks', LeastTasksBalancer],
    ['round_robin', RoundRobinBalancer],
    ['consistent_hash', ConsistentHashBalancer],
  ] as const)('serves %s with its balancer', (strategy, kind) => {
    expect(new LoadBalancers().for(strategy)).toBeInstanceOf(kind);
  });

  it.each(ROUTE_STRATEGIES.map((s) => [s]))('keeps one %s balancer, so its state lasts between picks', (strategy) => {
    const balancers = new LoadBalancers();
    expect(balancers.for(strategy)).toBe(balancers.for(strategy));
  });
});
