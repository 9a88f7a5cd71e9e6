import Redis from 'ioredis';
import { LeaderElection, LeaderLease } from '@asynctask/domain';
import { RedisKeys } from './redis-keys';
import { RedisScripts } from './redis-scripts';
import { RedisCall } from './redis-unavailable';

/** A lease key with a TTL; the fencing token comes from a counter that only grows. */
export class RedisLeaderElection implements LeaderElection {
  constructor(
    private readonly redis: Redis,
    private readonly scripts: RedisScripts,
    private readonly keys: RedisKeys,
    private readonly call: RedisCall,
  ) {}

  async tryAcquire(candidateId: string, ttlMs: number): Promise<LeaderLease | null> {
    const keys = [this.keys.leader, this.keys.leaderEpoch];
    const token = await this.call(() => this.scripts.run<number | null>('leader-acquire', keys, [candidateId, ttlMs]));
    return token === null ? null : { candidateId, fencingToken: Number(token) };
  }

  async renew(lease: LeaderLease, ttlMs: number): Promise<boolean> {
    return (await this.call(() => this.scripts.run<number>('leader-renew', [this.keys.leader], [leaseValue(lease), ttlMs]))) === 1;
  }

  async release(lease: LeaderLease): Promise<void> {
    await this.call(() => this.scripts.run('leader-release', [this.keys.leader], [leaseValue(lease)]));
  }

  async currentLeader(): Promise<string | null> {
    const value = await this.call(() => this.redis.get(this.keys.leader));
    return value === null ? null : value.slice(value.indexOf(':') + 1);
  }
}

const leaseValue = (lease: LeaderLease): string => `${lease.fencingToken}:${lease.candidateId}`;
