/** Base of every error the domain raises; the HTTP layer maps subclasses to status codes. */
export abstract class DomainError extends Error {
  abstract readonly kind: 'validation' | 'not-found' | 'conflict' | 'unavailable';

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
