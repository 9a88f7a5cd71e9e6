import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { AsynctaskApiError } from '@asynctask/client';
import { isUnauthorized } from './api/client';
import { readApiKey } from './auth/api-key-storage';
import { requestApiKey } from './auth/key-request';

function onError(error: unknown): void {
  if (isUnauthorized(error)) requestApiKey(readApiKey() !== null);
}

/** A 4xx will answer the same again: only server errors and network failures are retried. */
function shouldRetry(failures: number, error: unknown): boolean {
  if (error instanceof AsynctaskApiError && error.statusCode < 500) return false;
  return failures < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: { queries: { retry: shouldRetry, staleTime: 2_000 } },
  });
}
