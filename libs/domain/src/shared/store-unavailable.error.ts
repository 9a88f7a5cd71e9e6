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

/**
 * Wraps an adapter so every rejected call passes through `translate`, turning driver errors
 * into domain errors in one place instead of in every method.
 */
export function translateErrors<T extends object>(target: T, translate: (error: unknown) => unknown): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = value.apply(object, args);
        return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(translate(error))) : result;
      };
    },
  });
}
