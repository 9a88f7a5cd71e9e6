import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { JsonObject, RETRY_STRATEGIES, ROUTE_STRATEGIES, RetryStrategy, RouteStrategy, TASK_LIMITS } from '@asynctask/domain';

@ApiSchema({ name: 'PutTaskConfigRequest' })
export class PutTaskConfigRequestDto {
  @ApiPropertyOptional({ example: 'Send e-mail' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  taskName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiProperty({ example: 'http', description: 'Executor that runs tasks of this type: http, noop, echo, sleep, fail or a custom one' })
  @IsString()
  @Matches(/^[A-Za-z0-9_.:-]{1,32}$/, { message: 'executorType must be 1 to 32 letters, digits or _.:-' })
  executorType!: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { url: 'http://127.0.0.1:8080/hook' } })
  @IsOptional()
  @IsObject()
  executorConfig?: JsonObject;

  @ApiPropertyOptional({ description: 'Seconds an attempt may run', default: 30 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(TASK_LIMITS.timeoutSeconds)
  defaultTimeout?: number;

  @ApiPropertyOptional({ default: 3 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(TASK_LIMITS.maxRetry)
  defaultMaxRetry?: number;

  @ApiPropertyOptional({ enum: RETRY_STRATEGIES, default: 'fixed' })
  @IsOptional()
  @IsIn(RETRY_STRATEGIES)
  retryStrategy?: RetryStrategy;

  @ApiPropertyOptional({ description: 'Seconds before the first retry', default: 5 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(TASK_LIMITS.timeoutSeconds)
  retryDelay?: number;

  @ApiPropertyOptional({ default: 2.0 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(10)
  backoffRate?: number;

  @ApiPropertyOptional({ description: 'Tasks of this type scheduled or running at once', default: 10 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  maxConcurrent?: number;

  @ApiPropertyOptional({ enum: ROUTE_STRATEGIES, default: 'least_tasks' })
  @IsOptional()
  @IsIn(ROUTE_STRATEGIES)
  routeStrategy?: RouteStrategy;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}
