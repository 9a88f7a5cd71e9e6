import type { Response } from 'undici';

/** Up to maxBytes of the body, the rest cancelled unread, so a huge answer is never buffered. */
export async function readBodyStart(response: Response, maxBytes: number): Promise<{ text: string; truncated: boolean }> {
  if (!response.body) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: Buffer.concat(chunks).toString('utf8'), truncated: false };
    const room = maxBytes - size;
    if (value.byteLength > room) {
      chunks.push(value.subarray(0, room));
      await reader.cancel().catch(() => undefined);
      return { text: Buffer.concat(chunks).toString('utf8'), truncated: true };
    }
    chunks.push(value);
    size += value.byteLength;
  }
}

/** Frees the connection without reading an answer we will not use. */
export async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** The Content-Length the server announced, or null when it sent none (a chunked answer). */
export function declaredLength(response: Response): number | null {
  const header = response.headers.get('content-length');
  return header === null ? null : Number(header);
}
