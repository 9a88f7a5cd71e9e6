import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { WORKER_STATUSES, WorkerStatus } from '@asynctask/domain';
import { DATE_TIME } from '../shared/schema-types';

@ApiSchema({ name: 'Worker' })
export class WorkerResponse {
  @ApiProperty()
  workerId!: string;

  @ApiProperty()
  workerName!: string;

  @ApiProperty()
  address!: string;

  @ApiProperty({ enum: WORKER_STATUSES, enumName: 'WorkerStatus' })
  status!: WorkerStatus;

  @ApiProperty({ description: 'Tasks it runs at once' })
  capacity!: number;

  @ApiProperty({ description: 'Tasks assigned to or running on it, as it last reported' })
  currentLoad!: number;

  @ApiProperty({ type: [String] })
  executorTypes!: readonly string[];

  @ApiProperty(DATE_TIME)
  lastHeartbeat!: string;

  @ApiProperty(DATE_TIME)
  startedAt!: string;
}

@ApiSchema({ name: 'WorkerList' })
export class WorkerListResponse {
  @ApiProperty({ type: [WorkerResponse], description: 'By workerId' })
  items!: WorkerResponse[];
}
