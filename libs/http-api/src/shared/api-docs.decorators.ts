import { applyDecorators } from '@nestjs/common';
import { ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponse } from './api-error.response';

/** The name of the x-api-key scheme in the OpenAPI document. */
export const API_KEY_SCHEME = 'api-key';

const ERROR_ANSWERS = {
  400: { description: 'Malformed or invalid input; the message names the field' },
  401: { description: 'Missing or unknown x-api-key (when the server has API_KEYS)' },
  403: { description: 'The API key is read-only: it may only call GET routes' },
  404: { description: 'No such task or task type' },
  409: { description: 'The change conflicts with the current state' },
  413: { description: 'The body is larger than the server accepts (HTTP_BODY_LIMIT)' },
  429: {
    description: "Over the client's requests per minute (RATE_LIMIT_PER_MINUTE); nothing was done",
    headers: { 'Retry-After': { description: 'Seconds until a request is accepted again', schema: { type: 'integer' } } },
  },
  503: { description: 'A store (MySQL or Redis) cannot be reached; try again later' },
} as const;

export type ErrorStatus = keyof typeof ERROR_ANSWERS;

/** Error answers a route (or every route of a controller) can give, each in the error shape. */
export function ApiErrors(...statuses: ErrorStatus[]) {
  return applyDecorators(...statuses.map((status) => ApiResponse({ status, type: ApiErrorResponse, ...ERROR_ANSWERS[status] })));
}

/**
 * A controller under /api/v1: its routes take the API key, count against the rate limit and
 * answer 503 while a store is down.
 */
export function ApiV1Controller(tag: string) {
  return applyDecorators(ApiTags(tag), ApiSecurity(API_KEY_SCHEME), ApiErrors(401, 429, 503));
}
