import { ApiPropertyOptions } from '@nestjs/swagger';

/** Schemas the decorators cannot infer from a TypeScript type. */
export const DATE_TIME = { type: String, format: 'date-time' } as const satisfies ApiPropertyOptions;

export const JSON_OBJECT = { type: 'object', additionalProperties: true } as const satisfies ApiPropertyOptions;

/** Any JSON value, null included (OpenAPI 3.0 has no null type: the object alternative allows it). */
export const ANY_JSON = {
  anyOf: [{ type: 'object', additionalProperties: true, nullable: true }, { type: 'array', items: {} }, { type: 'string' }, { type: 'number' }, { type: 'boolean' }],
} as const satisfies ApiPropertyOptions;
