import { useSyncExternalStore } from 'react';

/** Whether the server asked for an API key (a 401), and whether the key sent was refused. */
export interface KeyRequest {
  readonly needed: boolean;
  readonly refused: boolean;
}

let current: KeyRequest = { needed: false, refused: false };
const listeners = new Set<() => void>();

function publish(next: KeyRequest): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Called by the query client on any 401. */
export function requestApiKey(keyWasSent: boolean): void {
  if (!current.needed) publish({ needed: true, refused: keyWasSent });
}

export function keyRequestAnswered(): void {
  publish({ needed: false, refused: false });
}

export function useKeyRequest(): KeyRequest {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
