import { JsonObject } from '@asynctask/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('task_log')
export class TaskLogEntity {
  @PrimaryColumn({ name: 'log_id', type: 'varchar', length: 64 }) logId!: string;
  @Column({ name: 'task_id', type: 'varchar', length: 64 }) taskId!: string;
  @Column({ name: 'log_type', type: 'varchar', length: 32 }) logType!: string;
  @Column({ name: 'from_status', type: 'varchar', length: 32, nullable: true }) fromStatus!: string | null;
  @Column({ name: 'to_status', type: 'varchar', length: 32 }) toStatus!: string;
  @Column({ type: 'text', nullable: true }) message!: string | null;
  @Column({ type: 'json', nullable: true }) details!: JsonObject;
  @Column({ name: 'created_at', type: 'datetime', precision: 3 }) createdAt!: Date;
}
