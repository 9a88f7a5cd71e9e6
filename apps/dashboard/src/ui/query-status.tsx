import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isUnauthorized } from '../api/client';

interface QueryStatusProps<T> {
  readonly query: UseQueryResult<T>;
  readonly children: (data: T) => ReactNode;
}

/** The view's data once it is there; meanwhile "Loading…", or what went wrong with a way to try again. */
export function QueryStatus<T>({ query, children }: QueryStatusProps<T>) {
  if (query.data !== undefined) return children(query.data);
  if (query.isError && !isUnauthorized(query.error)) {
    return (
      <div role="alert" className="panel error-panel">
        <p>Could not load this view: {query.error.message}</p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <p className="muted" role="status">
      Loading…
    </p>
  );
}
