export interface LeaderLease {
  readonly candidateId: string;
  /** Grows with every new leadership; writes made under an older token are refused. */
  readonly fencingToken: number;
}

export interface LeaderElection {
  /** Becomes leader for `ttlMs` if nobody holds the lease. */
  tryAcquire(candidateId: string, ttlMs: number): Promise<LeaderLease | null>;
  /** Extends the lease; false when it was lost. */
  renew(lease: LeaderLease, ttlMs: number): Promise<boolean>;
  /** Gives the lease up at once, if still held. */
  release(lease: LeaderLease): Promise<void>;
  currentLeader(): Promise<string | null>;
}
