import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiKeyForm } from './api-key-form';
import { saveApiKey } from './api-key-storage';
import { keyRequestAnswered, useKeyRequest } from './key-request';

/** Shows the key form instead of the view once the server has answered 401; then asks again with the key. */
export function ApiKeyGate({ children }: { readonly children: ReactNode }) {
  const { needed, refused } = useKeyRequest();
  const queryClient = useQueryClient();

  if (!needed) return children;
  return (
    <ApiKeyForm
      refused={refused}
      onSubmit={(apiKey) => {
        saveApiKey(apiKey);
        keyRequestAnswered();
        void queryClient.resetQueries();
      }}
    />
  );
}
