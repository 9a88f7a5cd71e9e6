import { ValidationPipe } from '@nestjs/common';
import { IsNotEmpty, IsString } from 'class-validator';
import { ClusterEventMap } from '@asynctask/domain';

/**
 * What an @EventPattern handler accepts of an event. A message that does not fit (another
 * version's, a stray publish on the channel) is refused by EVENT_PAYLOAD: Nest logs it and the
 * handler never sees it.
 */
export const EVENT_PAYLOAD = new ValidationPipe({ whitelist: true });

type TaskCancelled = ClusterEventMap['task.cancelled'];
type TaskConfigChanged = ClusterEventMap['task-config.changed'];

export class TaskCancelledMessage implements TaskCancelled {
  @IsString()
  @IsNotEmpty()
  readonly taskId!: string;
}

export class TaskConfigChangedMessage implements TaskConfigChanged {
  @IsString()
  @IsNotEmpty()
  readonly taskType!: string;
}
