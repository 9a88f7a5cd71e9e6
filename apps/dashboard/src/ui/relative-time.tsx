import { formatAge, formatDateTime } from './format';
import { useNow } from './use-now';

/** "12 s ago", with the exact time on hover and for assistive technology through <time>. */
export function RelativeTime({ iso }: { readonly iso: string }) {
  const now = useNow();
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {formatAge(iso, now)}
    </time>
  );
}
