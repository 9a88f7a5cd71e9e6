import { DomainError } from '../shared/domain-error';

export class TaskConfigNotFoundError extends DomainError {
  readonly kind = 'not-found';

  constructor(readonly taskType: string) {
    super(`task type ${taskType} not found`);
  }
}

/** A task was submitted for a type that does not exist or is switched off. */
export class UnknownTaskTypeError extends DomainError {
  readonly kind = 'validation';

  constructor(
    readonly taskType: string,
    reason: 'unknown' | 'disabled',
  ) {
    super(reason === 'unknown' ? `unknown task type ${taskType}` : `task type ${taskType} is disabled`);
  }
}

export class TaskConfigInUseError extends DomainError {
  readonly kind = 'conflict';

  constructor(
    readonly taskType: string,
    activeTasks: number,
  ) {
    super(`task type ${taskType} still has ${activeTasks} unfinished tasks`);
  }
}
