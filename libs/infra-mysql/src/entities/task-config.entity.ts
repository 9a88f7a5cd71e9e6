import { JsonObject } from '@asynctask/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('task_config')
export class TaskConfigEntity {
  @PrimaryColumn({ name: 'task_type', type: 'varchar', length: 64 }) taskType!: string;
  @Column({ name: 'task_name', type: 'varchar', length: 128 }) taskName!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ name: 'executor_type', type: 'varchar', length: 32 }) executorType!: string;
  @Column({ name: 'executor_config', type: 'json', nullable: true }) executorConfig!: JsonObject;
  @Column({ name: 'default_timeout', type: 'int' }) defaultTimeout!: number;
  @Column({ name: 'default_max_retry', type: 'int' }) defaultMaxRetry!: number;
  @Column({ name: 'retry_strategy', type: 'varchar', length: 32 }) retryStrategy!: string;
  @Column({ name: 'retry_delay', type: 'decimal', precision: 12, scale: 3 }) retryDelay!: string | number;
  @Column({ name: 'backoff_rate', type: 'decimal', precision: 10, scale: 2 }) backoffRate!: string | number;
  @Column({ name: 'max_concurrent', type: 'int' }) maxConcurrent!: number;
  @Column({ name: 'route_strategy', type: 'varchar', length: 32 }) routeStrategy!: string;
  @Column({ type: 'boolean' }) enabled!: boolean | number;
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt!: Date;
}
