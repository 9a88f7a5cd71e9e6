/** A JSON column's value as the text MySQL stores, as TypeORM would write it; null stays NULL. */
export function jsonText(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
