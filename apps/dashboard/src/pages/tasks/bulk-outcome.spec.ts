import { AsynctaskApiError, AsynctaskConflictError, AsynctaskNotFoundError } from '@asynctask/client';
import { summarizeOutcome } from './bulk-outcome';

const changed: PromiseSettledResult<unknown> = { status: 'fulfilled', value: {} };
const refused = (error: unknown): PromiseSettledResult<unknown> => ({ status: 'rejected', reason: error });
const apiError = (ErrorClass: typeof AsynctaskApiError, statusCode: number, message: string) => new ErrorClass({ statusCode, error: 'x', messages: [message] });

describe('summarizeOutcome', () => {
  it('counts the changed tasks, then each kind of refusal', () => {
    const conflict = refused(apiError(AsynctaskConflictError, 409, 'task t cannot retryByHand while RUNNING'));
    expect(summarizeOutcome('retry', [changed, changed, conflict, changed])).toBe('3 retried, 1 not retryable');
    expect(summarizeOutcome('cancel', [conflict, conflict])).toBe('0 cancelled, 2 not cancellable');
  });

  it('names failures other than the state: gone, read-only key, server error, no answer', () => {
    const results = [
      changed,
      refused(apiError(AsynctaskNotFoundError, 404, 'task t not found')),
      refused(apiError(AsynctaskApiError, 403, 'read-only')),
      refused(apiError(AsynctaskApiError, 500, 'Internal server error')),
      refused(new TypeError('Failed to fetch')),
    ];
    expect(summarizeOutcome('cancel', results)).toBe(
      '1 cancelled, 1 not found, 1 refused: the API key is read-only, 1 failed: Internal server error, 1 failed: the server could not be reached',
    );
  });
});
