import { LeaderElection, LeaderLease } from '@asynctask/domain';
import { AppLogger } from '../shared/ports';

/** Holds, renews and gives up this scheduler's leader lease. */
export class LeaderElector {
  private lease: LeaderLease | null = null;
  private renewedAt = 0;
  /** The dispatch and maintenance loops both ask; one acquire or renew at a time, or they would race. */
  private pending: Promise<LeaderLease | null> | null = null;

  constructor(
    private readonly election: LeaderElection,
    private readonly candidateId: string,
    private readonly ttlMs: number,
    private readonly logger: AppLogger,
  ) {}

  /** The lease if this scheduler leads now, acquiring or renewing it as needed. */
  ensure(nowMs: number): Promise<LeaderLease | null> {
    if (this.lease && nowMs - this.renewedAt < this.ttlMs / 3) return Promise.resolve(this.lease);
    this.pending ??= this.acquireOrRenew(nowMs).finally(() => (this.pending = null));
    return this.pending;
  }

  private async acquireOrRenew(nowMs: number): Promise<LeaderLease | null> {
    if (this.lease) {
      if (await this.election.renew(this.lease, this.ttlMs)) {
        this.renewedAt = nowMs;
        return this.lease;
      }
      this.logger.warn('lost scheduler leadership', { fencingToken: this.lease.fencingToken });
      this.lease = null;
    }
    this.lease = await this.election.tryAcquire(this.candidateId, this.ttlMs);
    if (this.lease) {
      this.renewedAt = nowMs;
      this.logger.log('became scheduler leader', { fencingToken: this.lease.fencingToken });
    }
    return this.lease;
  }

  /** Makes the next ensure() ask the store, as after Redis lost its data and the lease with it. */
  recheck(): void {
    this.renewedAt = 0;
  }

  get isLeader(): boolean {
    return this.lease !== null;
  }

  async resign(): Promise<void> {
    if (!this.lease) return;
    const lease = this.lease;
    this.lease = null;
    await this.election.release(lease);
  }
}
