import { REFRESH_MS } from '../api/queries';
import { formatAge } from './format';
import { useNow } from './use-now';

/** "Updated 2 s ago · every 5 s": tells a person the numbers are live. */
export function RefreshedAt({ updatedAt }: { readonly updatedAt: number }) {
  const now = useNow();
  if (updatedAt === 0) return null;
  return (
    <p className="muted small">
      <span className="live-dot" aria-hidden="true" />
      Updated {formatAge(new Date(updatedAt).toISOString(), now)} · every {REFRESH_MS / 1000} s
    </p>
  );
}
