import { JsonObject, JsonValue } from '@asynctask/domain';

/**
 * TypeORM parses JSON columns on read, exactly once: the driver hands every JSON value over as text
 * (MariaDB stores JSON as LONGTEXT; MySQL 8 is told to via jsonStrings). Parsing again here would
 * turn a stored string such as "123" into a number, so these only narrow the type.
 */
export function readJson(value: unknown): JsonValue | null {
  return value === undefined ? null : (value as JsonValue | null);
}

export function readJsonObject(value: unknown): JsonObject {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : {};
}
