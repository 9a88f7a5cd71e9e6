import { Closable } from './builders';

/** A suite asked for its fixture outside a test, before `setup` ran. */
export class FixtureNotReadyError extends Error {
  constructor() {
    super('the contract fixture is only available inside a test');
    this.name = 'FixtureNotReadyError';
  }
}

/**
 * Opens a fresh fixture before each test and closes it after, even when the test failed.
 * Returns a getter, so case files written outside the `describe` can reach it.
 */
export function useFixture<F extends Closable>(setup: () => Promise<F>): () => F {
  let fixture: F | undefined;
  beforeEach(async () => {
    fixture = await setup();
  });
  afterEach(async () => {
    const open = fixture;
    fixture = undefined;
    await open?.close();
  });
  return () => {
    if (!fixture) throw new FixtureNotReadyError();
    return fixture;
  };
}

/** Resolves with the value and how long it took, to tell a wake-up from a timeout. */
export async function timed<T>(start: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await start();
  return { value, ms: Date.now() - started };
}

/** Time really passing, for leases that lapse on a wall clock; never a stand-in for an event. */
export function elapse(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A value a test needs in order to go on was null or undefined. */
export class MissingTestValueError extends Error {
  constructor(what: string) {
    super(`expected ${what}, got nothing`);
    this.name = 'MissingTestValueError';
  }
}

/** The value, or a failure naming what was missing; narrows the type for the rest of the test. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new MissingTestValueError(what);
  return value;
}
