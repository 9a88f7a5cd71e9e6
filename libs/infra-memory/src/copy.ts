/** Stored and returned values are copies, so no caller can change the store behind its back. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
