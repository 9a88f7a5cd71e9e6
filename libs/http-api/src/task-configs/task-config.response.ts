import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { JsonObject, RETRY_STRATEGIES, ROUTE_STRATEGIES, RetryStrategy, RouteStrategy, TaskConfigProps } from '@asynctask/domain';
import { DATE_TIME, JSON_OBJECT } from '../shared/schema-types';

@ApiSchema({ name: 'TaskConfig' })
export class TaskConfigResponse {
  @ApiProperty()
  taskType!: string;

  @ApiProperty()
  taskName!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty()
  executorType!: string;

  @ApiProperty(JSON_OBJECT)
  executorConfig!: JsonObject;

  @ApiProperty({ description: 'Seconds an attempt may run' })
  defaultTimeout!: number;

  @ApiProperty()
  defaultMaxRetry!: number;

  @ApiProperty({ enum: RETRY_STRATEGIES, enumName: 'RetryStrategy' })
  retryStrategy!: RetryStrategy;

  @ApiProperty({ description: 'Seconds before the first retry' })
  retryDelay!: number;

  @ApiProperty()
  backoffRate!: number;

  @ApiProperty({ description: 'Tasks of this type scheduled or running at once' })
  maxConcurrent!: number;

  @ApiProperty({ enum: ROUTE_STRATEGIES, enumName: 'RouteStrategy' })
  routeStrategy!: RouteStrategy;

  @ApiProperty()
  enabled!: boolean;

  @ApiProperty(DATE_TIME)
  createdAt!: string;

  @ApiProperty(DATE_TIME)
  updatedAt!: string;
}

@ApiSchema({ name: 'TaskConfigList' })
export class TaskConfigListResponse {
  @ApiProperty({ type: [TaskConfigResponse] })
  items!: TaskConfigResponse[];
}

export function presentTaskConfig(config: TaskConfigProps): TaskConfigResponse {
  return {
    ...config,
    createdAt: config.createdAt.toISOString(),
    updatedAt: config.updatedAt.toISOString(),
  };
}
