import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { TaskStatus } from '@asynctask/domain';

@ApiSchema({ name: 'TaskCounts', description: 'Tasks per status' })
export class TaskCountsResponse implements Record<TaskStatus, number> {
  @ApiProperty()
  PENDING!: number;

  @ApiProperty()
  SCHEDULED!: number;

  @ApiProperty()
  RUNNING!: number;

  @ApiProperty()
  SUCCESS!: number;

  @ApiProperty()
  FAILED!: number;

  @ApiProperty()
  TIMEOUT!: number;

  @ApiProperty()
  CANCELLED!: number;
}

@ApiSchema({ name: 'QueueSizes' })
export class QueueSizesResponse {
  @ApiProperty({ description: 'Tasks waiting to be dispatched' })
  ready!: number;

  @ApiProperty({ description: 'Tasks waiting for their run time (a delay or a retry backoff)' })
  delayed!: number;

  @ApiProperty({ description: "Tasks in a worker's queue, not taken yet" })
  dispatched!: number;

  @ApiProperty({ description: 'Tasks a worker has taken and holds a lease on' })
  inFlight!: number;
}

@ApiSchema({ name: 'Stats' })
export class StatsResponse {
  @ApiProperty({ type: TaskCountsResponse })
  tasks!: TaskCountsResponse;

  @ApiProperty({ type: QueueSizesResponse })
  queues!: QueueSizesResponse;

  @ApiProperty({ type: String, nullable: true, description: 'The scheduler holding the leader lease, if any' })
  leader!: string | null;
}
