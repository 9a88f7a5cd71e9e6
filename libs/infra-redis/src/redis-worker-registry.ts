import Redis from 'ioredis';
import { WorkerProps, WorkerRegistry, WorkerStatus } from '@asynctask/domain';
import { RedisKeys } from './redis-keys';
import { RedisScripts } from './redis-scripts';
import { RedisCall } from './redis-unavailable';

/** How a worker is kept in the registry hash: times as epoch milliseconds, so Lua can update them. */
interface StoredWorker {
  workerId: string;
  workerName: string;
  address: string;
  status: WorkerStatus;
  capacity: number;
  currentLoad: number;
  executorTypes: string[] | Record<string, never>;
  lastHeartbeat: number;
  startedAt: number;
}

/** Live workers and their heartbeats, one hash field per worker. */
export class RedisWorkerRegistry implements WorkerRegistry {
  constructor(
    private readonly redis: Redis,
    private readonly scripts: RedisScripts,
    private readonly keys: RedisKeys,
    private readonly call: RedisCall,
  ) {}

  async register(worker: WorkerProps): Promise<void> {
    await this.call(() => this.redis.hset(this.keys.workers, worker.workerId, toStored(worker)));
  }

  async heartbeat(workerId: string, currentLoad: number, at: Date): Promise<WorkerStatus | null> {
    const args = [workerId, currentLoad, at.getTime()];
    return this.call(() => this.scripts.run<WorkerStatus | null>('worker-heartbeat', [this.keys.workers], args));
  }

  async update(worker: WorkerProps): Promise<void> {
    await this.call(() => this.scripts.run('worker-update', [this.keys.workers], [worker.workerId, toStored(worker)]));
  }

  async remove(workerId: string): Promise<void> {
    await this.call(() => this.redis.hdel(this.keys.workers, workerId));
  }

  async list(): Promise<WorkerProps[]> {
    return (await this.call(() => this.redis.hvals(this.keys.workers))).map(fromStored);
  }
}

function toStored(worker: WorkerProps): string {
  const stored: StoredWorker = {
    ...worker,
    executorTypes: [...worker.executorTypes],
    lastHeartbeat: worker.lastHeartbeat.getTime(),
    startedAt: worker.startedAt.getTime(),
  };
  return JSON.stringify(stored);
}

function fromStored(json: string): WorkerProps {
  const stored = JSON.parse(json) as StoredWorker;
  return {
    ...stored,
    // Lua's cjson writes an empty list back as {}.
    executorTypes: Array.isArray(stored.executorTypes) ? stored.executorTypes : [],
    lastHeartbeat: new Date(stored.lastHeartbeat),
    startedAt: new Date(stored.startedAt),
  };
}
