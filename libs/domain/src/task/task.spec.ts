import { retryPolicy } from '../task-config/retry-policy';
import { T0, stampAt, taskIn } from './task.fixtures';

const later = (ms: number) => new Date(T0.getTime() + ms);
const exponential = retryPolicy('exponential', 5, 2);

describe('Task', () => {
  it('a failed attempt with retries left goes back to PENDING after the backoff', () => {
    const change = taskIn('RUNNING', { retryCount: 1 }).fail({ retryable: true, error: 'boom' }, exponential, stampAt(later(1000)));
    expect(change.task).toMatchObject({ status: 'PENDING', retryCount: 2, errorMessage: 'boom', workerId: null, runAt: later(11_000) });
    expect(change.log).toMatchObject({ logType: 'RETRY', details: { retryCount: 2, attempt: 1 } });
  });

  it('a failed attempt without retries left ends FAILED', () => {
    const change = taskIn('RUNNING', { retryCount: 3, maxRetry: 3 }).fail({ retryable: true, error: 'boom' }, exponential, stampAt());
    expect(change.task).toMatchObject({ status: 'FAILED', retryCount: 3, errorMessage: 'boom', completedAt: T0 });
    expect(change.log.logType).toBe('FAILED');
  });

  it('a non-retryable failure ends FAILED even with retries left', () => {
    const change = taskIn('RUNNING').fail({ retryable: false, error: '400' }, exponential, stampAt());
    expect(change.task).toMatchObject({ status: 'FAILED', retryCount: 0 });
  });

  it('a timed-out attempt retries while it can, then ends TIMEOUT', () => {
    expect(taskIn('RUNNING').timeOut(exponential, stampAt()).task).toMatchObject({ status: 'PENDING', retryCount: 1 });
    const last = taskIn('RUNNING', { retryCount: 3 }).timeOut(exponential, stampAt());
    expect(last.task).toMatchObject({ status: 'TIMEOUT', errorMessage: 'timed out after 30s' });
    expect(last.log.logType).toBe('TIMEOUT');
  });

  it('start counts the attempt and sets the deadline', () => {
    const task = taskIn('SCHEDULED', { attempt: 2 });
    const change = task.start(stampAt(later(500)));
    expect(change.task).toMatchObject({ status: 'RUNNING', attempt: 3, startedAt: later(500) });
    expect(task.deadlineAt).toEqual(later(30_500));
    expect(taskIn('PENDING').deadlineAt).toBeNull();
  });

  it('succeed stores the result', () => {
    const change = taskIn('RUNNING').succeed({ answer: 42 }, stampAt(later(250)));
    expect(change.task).toMatchObject({ status: 'SUCCESS', result: { answer: 42 }, completedAt: later(250) });
    expect(change.log.details).toMatchObject({ durationMs: 250 });
  });

  it('requeue keeps the retries, counts the loss and frees the worker', () => {
    const change = taskIn('RUNNING', { retryCount: 1 }).requeue('lease expired', 5, stampAt(later(9)));
    expect(change.task).toMatchObject({ status: 'PENDING', retryCount: 1, requeueCount: 1, workerId: null, runAt: later(9) });
    expect(change.log).toMatchObject({ logType: 'REQUEUED', details: { workerId: 'worker-1', reason: 'lease expired' } });
  });

  it('a task that lost more workers than allowed is failed as poison', () => {
    const change = taskIn('RUNNING', { requeueCount: 5 }).requeue('worker gone', 5, stampAt());
    expect(change.task).toMatchObject({ status: 'FAILED', requeueCount: 6 });
    expect(change.task.errorMessage).toMatch(/lost its worker 6 times/);
    expect(change.log).toMatchObject({ logType: 'FAILED', fromStatus: 'RUNNING' });
  });

  it('a retry by hand gives fresh retries and clears the last outcome', () => {
    const change = taskIn('FAILED', { retryCount: 3, requeueCount: 2, result: { old: true }, completedAt: T0 }).retryByHand(stampAt(later(1)));
    expect(change.task).toMatchObject({ status: 'PENDING', retryCount: 0, requeueCount: 0, result: null, completedAt: null, runAt: later(1) });
  });
});
