import { readApiKey } from '../auth/api-key-storage';

/** An answer other than 2xx, with the API's status code and message. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.statusCode === 401;
}

type Query = Record<string, string | number | undefined>;

/** GET /api/v1{path}, with the tab's API key when one was given. */
export async function getJson<T>(path: string, query: Query = {}): Promise<T> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') search.set(name, String(value));
  const url = `/api/v1${path}${search.size > 0 ? `?${search}` : ''}`;
  const apiKey = readApiKey();
  const response = await fetch(url, { headers: { accept: 'application/json', ...(apiKey ? { 'x-api-key': apiKey } : {}) } });
  if (!response.ok) throw new ApiError(response.status, await messageOf(response));
  return (await response.json()) as T;
}

/** The API's `message` (a string or a list of field errors), else the status text. */
async function messageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown };
    if (Array.isArray(body.message)) return body.message.join('; ');
    if (typeof body.message === 'string') return body.message;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  return `${response.status} ${response.statusText}`;
}
