export class InvalidRedisPrefixError extends Error {
  constructor(prefix: string) {
    super(`Redis key prefix ${JSON.stringify(prefix)} must be 1 to 64 letters, digits, _ - . or :`);
    this.name = 'InvalidRedisPrefixError';
  }
}

/** No braces: a `{` in the prefix would become the hash tag and split the keys across slots. */
const PREFIX_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

/**
 * Every Redis key and channel of one installation. All keys carry the `{main}` hash tag, so on
 * Redis Cluster they share one slot and one Lua script may touch any of them.
 */
export class RedisKeys {
  private readonly base: string;

  constructor(readonly prefix: string) {
    if (!PREFIX_PATTERN.test(prefix)) throw new InvalidRedisPrefixError(prefix);
    this.base = `${prefix}:{main}`;
  }

  /** ZSET of ready task ids, scored priority * 1e13 + arrival sequence. */
  get ready(): string {
    return `${this.base}:ready`;
  }

  /** ZSET of delayed task ids, scored by runAt in ms. */
  get delayed(): string {
    return `${this.base}:delayed`;
  }

  /** HASH task id → priority of the delayed tasks: their score holds the time. */
  get delayedPriority(): string {
    return `${this.base}:delayed:priority`;
  }

  /** Counter giving each task that becomes ready its place within its priority. */
  get sequence(): string {
    return `${this.base}:seq`;
  }

  /** LIST of task ids dispatched to a worker and not yet taken. */
  workerQueue(workerId: string): string {
    return `${this.base}:worker:${workerId}:queue`;
  }

  /** SET of the workers that have a queue. */
  get workerQueues(): string {
    return `${this.base}:worker-queues`;
  }

  /** ZSET of the tasks workers hold, scored by lease deadline in ms (member: lua/includes/in-flight-member.lua). */
  get inFlight(): string {
    return `${this.base}:inflight`;
  }

  /** HASH worker id → worker JSON. */
  get workers(): string {
    return `${this.base}:workers`;
  }

  /** STRING `<fencingToken>:<candidateId>` of the current leader, the lease as its TTL. */
  get leader(): string {
    return `${this.base}:leader`;
  }

  /** Counter the fencing tokens come from. */
  get leaderEpoch(): string {
    return `${this.base}:leader:epoch`;
  }

  /** LIST the leading scheduler blocks on until work may be ready. */
  get schedulerWake(): string {
    return `${this.base}:wake:scheduler`;
  }

  /** LIST a worker's take blocks on. */
  workerWake(workerId: string): string {
    return `${this.base}:wake:worker:${workerId}`;
  }

  /** Set by the scheduler after it has built the dispatch state; gone means Redis lost its data. */
  get stateMarker(): string {
    return `${this.base}:state`;
  }

  /** Pub/sub channel of the cluster events whose Nest event pattern is `pattern` (`task.cancelled`, ...). */
  eventChannel(pattern: string): string {
    return `${this.base}:events:${pattern}`;
  }
}
