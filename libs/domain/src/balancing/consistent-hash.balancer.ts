import { hash32 } from './hash';
import { LoadBalancer, WorkerCandidate } from './load-balancer';

interface RingPoint {
  readonly hash: number;
  readonly workerId: string;
}

/**
 * A hash ring with virtual nodes: a routing key goes to the first worker clockwise from
 * its hash, so when a worker leaves only the keys it owned move to other workers.
 */
export class ConsistentHashBalancer implements LoadBalancer {
  private ring: RingPoint[] = [];
  private ringMembers = '';

  constructor(private readonly virtualNodes = 160) {}

  select(candidates: readonly WorkerCandidate[], routingKey: string): WorkerCandidate | undefined {
    if (candidates.length === 0) return undefined;
    const ring = this.ringFor(candidates);
    const byId = new Map(candidates.map((c) => [c.workerId, c]));
    const start = firstPointAtOrAfter(ring, hash32(routingKey));
    return byId.get(ring[start % ring.length].workerId);
  }

  private ringFor(candidates: readonly WorkerCandidate[]): RingPoint[] {
    const members = candidates
      .map((c) => c.workerId)
      .sort()
      .join('\n');
    if (members !== this.ringMembers) {
      this.ring = buildRing(members.split('\n'), this.virtualNodes);
      this.ringMembers = members;
    }
    return this.ring;
  }
}

function buildRing(workerIds: readonly string[], virtualNodes: number): RingPoint[] {
  const points: RingPoint[] = [];
  for (const workerId of workerIds) {
    for (let i = 0; i < virtualNodes; i++) points.push({ hash: hash32(`${workerId}#${i}`), workerId });
  }
  return points.sort((a, b) => a.hash - b.hash || a.workerId.localeCompare(b.workerId));
}

function firstPointAtOrAfter(ring: readonly RingPoint[], hash: number): number {
  let low = 0;
  let high = ring.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ring[mid].hash < hash) low = mid + 1;
    else high = mid;
  }
  return low;
}
