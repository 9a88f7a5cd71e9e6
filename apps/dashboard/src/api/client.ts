import { AsynctaskApiError, createClient } from '@asynctask/client';
import { readApiKey } from '../auth/api-key-storage';

/**
 * The one client of the HTTP API. It reads the tab's API key at each request, so a key given (or
 * forgotten) counts from the next request on.
 */
export const api = createClient({
  baseUrl: window.location.origin,
  fetch: (request) => {
    const apiKey = readApiKey();
    if (apiKey) request.headers.set('x-api-key', apiKey);
    return fetch(request);
  },
});

export function hasStatus(error: unknown, statusCode: number): error is AsynctaskApiError {
  return error instanceof AsynctaskApiError && error.statusCode === statusCode;
}

export function isUnauthorized(error: unknown): boolean {
  return hasStatus(error, 401);
}
