import { AsynctaskApiError } from '@asynctask/client';

export type BulkAction = 'retry' | 'cancel';

/** Words for what happened to each task of a selection. */
const WORDS: Record<BulkAction, { done: string; conflict: string }> = {
  retry: { done: 'retried', conflict: 'not retryable' },
  cancel: { done: 'cancelled', conflict: 'not cancellable' },
};

/**
 * "3 retried, 1 not retryable": how many changed, then each kind of refusal with its count. A 409
 * is the task's state forbidding it; any other failure is named by its status or message.
 */
export function summarizeOutcome(action: BulkAction, results: readonly PromiseSettledResult<unknown>[]): string {
  const counts = new Map<string, number>();
  const add = (label: string) => counts.set(label, (counts.get(label) ?? 0) + 1);
  for (const result of results) add(result.status === 'fulfilled' ? WORDS[action].done : refusal(action, result.reason));
  const done = counts.get(WORDS[action].done) ?? 0;
  counts.delete(WORDS[action].done);
  return [`${done} ${WORDS[action].done}`, ...[...counts].map(([label, count]) => `${count} ${label}`)].join(', ');
}

function refusal(action: BulkAction, error: unknown): string {
  if (!(error instanceof AsynctaskApiError)) return 'failed: the server could not be reached';
  if (error.statusCode === 409) return WORDS[action].conflict;
  if (error.statusCode === 404) return 'not found';
  if (error.statusCode === 403) return 'refused: the API key is read-only';
  return `failed: ${error.message}`;
}
