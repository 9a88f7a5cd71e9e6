import { WorkerProps, WorkerRepository } from '@asynctask/domain';
import { DataSource } from 'typeorm';
import { WorkerEntity } from '../entities/worker.entity';
import { WorkerMapper } from '../mappers/worker.mapper';

export class MysqlWorkerRepository implements WorkerRepository {
  constructor(private readonly db: DataSource) {}

  async save(worker: WorkerProps): Promise<void> {
    await this.db.getRepository(WorkerEntity).upsert(WorkerMapper.toEntity(worker), ['workerId']);
  }

  async findById(workerId: string): Promise<WorkerProps | null> {
    const row = await this.db.getRepository(WorkerEntity).findOneBy({ workerId });
    return row ? WorkerMapper.toDomain(row) : null;
  }

  async findAll(): Promise<WorkerProps[]> {
    const rows = await this.db.getRepository(WorkerEntity).find({ order: { workerId: 'ASC' } });
    return rows.map(WorkerMapper.toDomain);
  }
}
