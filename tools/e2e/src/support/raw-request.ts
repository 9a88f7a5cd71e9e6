import type { HttpSend } from '@asynctask/testing';

/**
 * Sends a request exactly as given (a string body goes out as it is, as JSON) and returns the raw
 * status and body: for what the typed client cannot send, such as malformed JSON.
 */
export function rawSender(apiUrl: string): HttpSend {
  return async (method, path, body) => {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
}
