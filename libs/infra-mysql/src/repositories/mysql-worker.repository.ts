import { WorkerProps, WorkerRepository } from '@asynctask/domain';
import { DataSource } from 'typeorm';
import { WorkerEntity } from '../entities/worker.entity';
import { WorkerMapper } from '../mappers/worker.mapper';
import { whileReachable } from '../unavailable';

export class MysqlWorkerRepository implements WorkerRepository {
  constructor(private readonly db: DataSource) {}

  save(worker: WorkerProps): Promise<void> {
    return whileReachable(async () => {
      await this.db.getRepository(WorkerEntity).upsert(WorkerMapper.toEntity(worker), ['workerId']);
    });
  }

  findById(workerId: string): Promise<WorkerProps | null> {
    return whileReachable(async () => {
      const row = await this.db.getRepository(WorkerEntity).findOneBy({ workerId });
      return row ? WorkerMapper.toDomain(row) : null;
    });
  }

  findAll(): Promise<WorkerProps[]> {
    return whileReachable(async () => {
      const rows = await this.db.getRepository(WorkerEntity).find({ order: { workerId: 'ASC' } });
      return rows.map(WorkerMapper.toDomain);
    });
  }
}
