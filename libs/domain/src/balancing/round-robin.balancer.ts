import { LoadBalancer, WorkerCandidate } from './load-balancer';

/**
 * Takes workers in turn by id order. It remembers the last id it chose rather than an
 * index, so workers joining or leaving do not reset the rotation.
 */
export class RoundRobinBalancer implements LoadBalancer {
  private lastWorkerId: string | null = null;

  select(candidates: readonly WorkerCandidate[]): WorkerCandidate | undefined {
    if (candidates.length === 0) return undefined;
    const ordered = [...candidates].sort((a, b) => a.workerId.localeCompare(b.workerId));
    const last = this.lastWorkerId;
    // Same comparison as the sort: mixing it with `>` skips ids whose case or separators order differently.
    const next = (last !== null && ordered.find((c) => c.workerId.localeCompare(last) > 0)) || ordered[0];
    this.lastWorkerId = next.workerId;
    return next;
  }
}
