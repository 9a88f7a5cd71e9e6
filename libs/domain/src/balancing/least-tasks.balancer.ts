import { LoadBalancer, WorkerCandidate } from './load-balancer';

/** The worker running the fewest tasks; ties go to the emptier one relative to its capacity, then by id. */
export class LeastTasksBalancer implements LoadBalancer {
  select(candidates: readonly WorkerCandidate[]): WorkerCandidate | undefined {
    let best: WorkerCandidate | undefined;
    for (const candidate of candidates) {
      if (!best || compare(candidate, best) < 0) best = candidate;
    }
    return best;
  }
}

function compare(a: WorkerCandidate, b: WorkerCandidate): number {
  return a.load - b.load || a.load / a.capacity - b.load / b.capacity || a.workerId.localeCompare(b.workerId);
}
