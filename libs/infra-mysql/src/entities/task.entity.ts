import { JsonObject, JsonValue } from '@asynctask/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of `task`; the migration owns the schema, this maps it. */
@Entity('task')
export class TaskEntity {
  @PrimaryColumn({ name: 'task_id', type: 'varchar', length: 64 }) taskId!: string;
  @Column({ name: 'task_type', type: 'varchar', length: 64 }) taskType!: string;
  @Column({ type: 'int' }) priority!: number;
  @Column({ type: 'varchar', length: 32 }) status!: string;
  @Column({ type: 'json', nullable: true }) payload!: JsonObject;
  @Column({ type: 'json', nullable: true }) result!: JsonValue | null;
  @Column({ name: 'error_message', type: 'text', nullable: true }) errorMessage!: string | null;
  @Column({ name: 'worker_id', type: 'varchar', length: 128, nullable: true }) workerId!: string | null;
  @Column({ name: 'retry_count', type: 'int' }) retryCount!: number;
  @Column({ name: 'max_retry', type: 'int' }) maxRetry!: number;
  @Column({ type: 'int' }) timeout!: number;
  @Column({ type: 'int' }) attempt!: number;
  @Column({ name: 'requeue_count', type: 'int' }) requeueCount!: number;
  @Column({ type: 'int' }) version!: number;
  @Column({ name: 'run_at', type: 'datetime', precision: 3 }) runAt!: Date;
  @Column({ name: 'deadline_at', type: 'datetime', precision: 3, nullable: true }) deadlineAt!: Date | null;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 128, nullable: true }) idempotencyKey!: string | null;
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt!: Date;
  @Column({ name: 'scheduled_at', type: 'datetime', precision: 3, nullable: true }) scheduledAt!: Date | null;
  @Column({ name: 'started_at', type: 'datetime', precision: 3, nullable: true }) startedAt!: Date | null;
  @Column({ name: 'completed_at', type: 'datetime', precision: 3, nullable: true }) completedAt!: Date | null;
  @Column({ name: 'updated_at', type: 'datetime', precision: 3 }) updatedAt!: Date;
}
