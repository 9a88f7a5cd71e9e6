/** A JSON value, indented, in a block that scrolls rather than widening the page. */
export function JsonBlock({ value }: { readonly value: unknown }) {
  return (
    <pre className="json">
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}
