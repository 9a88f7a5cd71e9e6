/** Time comes in through this port so tests can control it. */
export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  /** A new unique id; ids made later sort after earlier ones. */
  next(): string;
}
