import { Clock, LeaderElection, LeaderLease } from '@asynctask/domain';

/** One lease in memory; the fencing token grows with every new leadership, as in Redis. */
export class MemoryLeaderElection implements LeaderElection {
  private holder: { lease: LeaderLease; expiresAt: number } | null = null;
  private lastToken = 0;

  constructor(private readonly clock: Clock) {}

  async tryAcquire(candidateId: string, ttlMs: number): Promise<LeaderLease | null> {
    if (this.currentHolder()) return null;
    const lease = { candidateId, fencingToken: ++this.lastToken };
    this.holder = { lease, expiresAt: this.nowMs() + ttlMs };
    return { ...lease };
  }

  async renew(lease: LeaderLease, ttlMs: number): Promise<boolean> {
    if (!this.holds(lease)) return false;
    this.holder = { lease: { ...lease }, expiresAt: this.nowMs() + ttlMs };
    return true;
  }

  async release(lease: LeaderLease): Promise<void> {
    if (this.holds(lease)) this.holder = null;
  }

  async currentLeader(): Promise<string | null> {
    return this.currentHolder()?.lease.candidateId ?? null;
  }

  /** Whether `fencingToken` belongs to the lease in force now. */
  isCurrentToken(fencingToken: number): boolean {
    return this.currentHolder()?.lease.fencingToken === fencingToken;
  }

  private holds(lease: LeaderLease): boolean {
    return this.currentHolder()?.lease.fencingToken === lease.fencingToken;
  }

  private currentHolder() {
    if (this.holder && this.holder.expiresAt <= this.nowMs()) this.holder = null;
    return this.holder;
  }

  private nowMs(): number {
    return this.clock.now().getTime();
  }
}
