import type { Json } from '../api/api-types';

/** A JSON value, indented, in a block that scrolls rather than widening the page. */
export function JsonBlock({ value }: { readonly value: Json }) {
  return (
    <pre className="json">
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}
