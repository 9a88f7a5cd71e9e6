import { WorkerProps, WorkerStatus } from '@asynctask/domain';
import { WorkerEntity } from '../entities/worker.entity';
import { readJson } from './json-column';

export const WorkerMapper = {
  toEntity(worker: WorkerProps): WorkerEntity {
    return Object.assign(new WorkerEntity(), { ...worker, executorTypes: [...worker.executorTypes] });
  },

  toDomain(row: WorkerEntity): WorkerProps {
    const types = readJson(row.executorTypes);
    return {
      workerId: row.workerId,
      workerName: row.workerName,
      address: row.address,
      status: row.status as WorkerStatus,
      capacity: row.capacity,
      currentLoad: row.currentLoad,
      executorTypes: Array.isArray(types) ? types.filter((t): t is string => typeof t === 'string') : [],
      lastHeartbeat: row.lastHeartbeat,
      startedAt: row.startedAt,
    };
  },
};
