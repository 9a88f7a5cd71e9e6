import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { MAX_BATCH_SIZE } from '@asynctask/application';
import { CreateTaskRequestDto } from './create-task.request.dto';

@ApiSchema({ name: 'CreateTaskBatchRequest' })
export class CreateTaskBatchRequestDto {
  @ApiProperty({ type: [CreateTaskRequestDto], maxItems: MAX_BATCH_SIZE })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_SIZE)
  @ValidateNested({ each: true })
  @Type(() => CreateTaskRequestDto)
  tasks!: CreateTaskRequestDto[];
}
