import { ConsistentHashBalancer } from './consistent-hash.balancer';
import { LeastTasksBalancer } from './least-tasks.balancer';
import { LoadBalancer } from './load-balancer';
import { RoundRobinBalancer } from './round-robin.balancer';
import { RouteStrategy } from './route-strategy';

/** One balancer per strategy, kept for the life of the scheduler so round robin and the ring keep their state. */
export class LoadBalancers {
  private readonly balancers: Record<RouteStrategy, LoadBalancer> = {
    least_tasks: new LeastTasksBalancer(),
    round_robin: new RoundRobinBalancer(),
    consistent_hash: new ConsistentHashBalancer(),
  };

  for(strategy: RouteStrategy): LoadBalancer {
    return this.balancers[strategy];
  }
}
