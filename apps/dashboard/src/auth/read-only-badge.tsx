import { useAccess } from '../api/queries';

/** Says, once the server has told, that this key may look but not change anything. */
export function ReadOnlyBadge() {
  if (useAccess().data?.access !== 'read') return null;
  return (
    <span className="badge read-only-badge" title="This API key may only read: retry, cancel and editing are hidden">
      read-only
    </span>
  );
}
