import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('worker')
export class WorkerEntity {
  @PrimaryColumn({ name: 'worker_id', type: 'varchar', length: 128 }) workerId!: string;
  @Column({ name: 'worker_name', type: 'varchar', length: 128 }) workerName!: string;
  @Column({ type: 'varchar', length: 256 }) address!: string;
  @Column({ type: 'varchar', length: 32 }) status!: string;
  @Column({ type: 'int' }) capacity!: number;
  @Column({ name: 'current_load', type: 'int' }) currentLoad!: number;
  /** The original schema's name for the executor types a worker has. */
  @Column({ name: 'supported_types', type: 'json', nullable: true }) executorTypes!: string[];
  @Column({ name: 'last_heartbeat', type: 'datetime', precision: 3 }) lastHeartbeat!: Date;
  @Column({ name: 'started_at', type: 'datetime', precision: 3 }) startedAt!: Date;
}
