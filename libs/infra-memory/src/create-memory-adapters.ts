import { Clock } from '@asynctask/domain';
import { MemoryClusterEvents } from './memory-cluster-events';
import { MemoryDispatchQueue } from './memory-dispatch-queue';
import { MemoryLeaderElection } from './memory-leader-election';
import { MemoryTaskConfigRepository } from './memory-task-config.repository';
import { MemoryTaskLogRepository } from './memory-task-log.repository';
import { MemoryTaskStore } from './memory-task-store';
import { MemoryTaskRepository } from './memory-task.repository';
import { MemoryWorkerRegistry } from './memory-worker.registry';
import { MemoryWorkerRepository } from './memory-worker.repository';

/** Every port on memory, for one process: the standalone and the use-case tests. */
export function createMemoryAdapters(clock: Clock) {
  const store = new MemoryTaskStore();
  const election = new MemoryLeaderElection(clock);
  return {
    tasks: new MemoryTaskRepository(store),
    logs: new MemoryTaskLogRepository(store),
    configs: new MemoryTaskConfigRepository(),
    workers: new MemoryWorkerRepository(),
    registry: new MemoryWorkerRegistry(),
    queue: new MemoryDispatchQueue(election),
    election,
    events: new MemoryClusterEvents(),
  };
}
