import type { TaskStatus, WorkerStatus } from '@asynctask/client';

/** A status as a coloured label; the colour repeats the text, it never replaces it. */
export function StatusBadge({ status }: { readonly status: TaskStatus | WorkerStatus }) {
  return <span className={`badge status-${status.toLowerCase()}`}>{status}</span>;
}
