import { BadRequestException, PipeTransform } from '@nestjs/common';

const TASK_TYPE = /^[A-Za-z0-9_.:-]{1,64}$/;

/** A task type in a path: 1 to 64 letters, digits or _.:- */
export class TaskTypePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!TASK_TYPE.test(value)) throw new BadRequestException('taskType must be 1 to 64 letters, digits or _.:-');
    return value;
  }
}

export const TASK_TYPE_PATTERN = TASK_TYPE;
