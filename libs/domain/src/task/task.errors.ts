import { DomainError } from '../shared/domain-error';
import { TaskEvent } from './task-events';
import { TaskStatus } from './task-status';

export class IllegalTransitionError extends DomainError {
  readonly kind = 'conflict';

  constructor(
    readonly taskId: string,
    readonly event: TaskEvent,
    readonly from: TaskStatus,
  ) {
    super(`task ${taskId} cannot ${event} while ${from}`);
  }
}

export class TaskNotFoundError extends DomainError {
  readonly kind = 'not-found';

  constructor(readonly taskId: string) {
    super(`task ${taskId} not found`);
  }
}

export class InvalidTaskError extends DomainError {
  readonly kind = 'validation';
}

/** Raised by a repository when an idempotency key is already taken. */
export class DuplicateIdempotencyKeyError extends DomainError {
  readonly kind = 'conflict';

  constructor(readonly idempotencyKey: string) {
    super(`idempotency key ${idempotencyKey} is already used`);
  }
}

/** A change kept losing its compare-and-set to concurrent changes; the caller may try again. */
export class ConcurrentChangeError extends DomainError {
  readonly kind = 'conflict';

  constructor(readonly taskId: string) {
    super(`task ${taskId} was changed concurrently; try again`);
  }
}
