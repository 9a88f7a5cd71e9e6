import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsInt, IsNumber, IsObject, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { JsonObject, MAX_PRIORITY, MIN_PRIORITY, TASK_LIMITS } from '@asynctask/domain';
import { TASK_TYPE_PATTERN } from '../shared/task-type.param';

@ApiSchema({ name: 'CreateTaskRequest' })
export class CreateTaskRequestDto {
  @ApiProperty({ example: 'send_email' })
  @IsString()
  @Matches(TASK_TYPE_PATTERN, { message: 'taskType must be 1 to 64 letters, digits or _.:-' })
  taskType!: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { to: 'user@example.com' } })
  @IsOptional()
  @IsObject()
  payload?: JsonObject;

  @ApiPropertyOptional({ minimum: MAX_PRIORITY, maximum: MIN_PRIORITY, default: 5, description: '1 is served first' })
  @IsOptional()
  @IsInt()
  @Min(MAX_PRIORITY)
  @Max(MIN_PRIORITY)
  priority?: number;

  @ApiPropertyOptional({ description: "Retries after the first attempt; the type's defaultMaxRetry when absent" })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(TASK_LIMITS.maxRetry)
  maxRetry?: number;

  @ApiPropertyOptional({ description: "Seconds an attempt may run; the type's defaultTimeout when absent" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(TASK_LIMITS.timeoutSeconds)
  timeout?: number;

  @ApiPropertyOptional({ description: 'Seconds to wait before the task may run' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(TASK_LIMITS.delaySeconds)
  delaySeconds?: number;

  @ApiPropertyOptional({ description: 'A second create with the same key returns the first task (200)' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  idempotencyKey?: string;
}
