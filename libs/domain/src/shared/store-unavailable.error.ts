import { DomainError } from './domain-error';

/** A store (MySQL, Redis) could not be reached; the request may succeed later. */
export class StoreUnavailableError extends DomainError {
  readonly kind = 'unavailable';

  constructor(
    readonly store: string,
    reason: string,
  ) {
    super(`${store} is unavailable: ${reason}`);
  }
}
