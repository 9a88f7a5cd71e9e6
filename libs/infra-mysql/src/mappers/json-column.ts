import { JsonObject, JsonValue } from '@asynctask/domain';

/** TypeORM parses JSON columns on read (MariaDB sends them as text); these only narrow the type. */
export function readJson(value: unknown): JsonValue | null {
  return value === undefined ? null : (value as JsonValue | null);
}

export function readJsonObject(value: unknown): JsonObject {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : {};
}
