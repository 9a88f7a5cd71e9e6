import { retryPolicy } from '../task-config/retry-policy';
import { T0, at, stampAt, taskIn } from './task.fixtures';

const exponential = retryPolicy('exponential', 5, 2);
const fixed = retryPolicy('fixed', 5, 2);
const boom = { retryable: true, error: 'boom' };

describe('Task', () => {
  describe('fail', () => {
    it('with retries left goes back to PENDING, one retry used, released after the backoff', () => {
      const change = taskIn('RUNNING', { retryCount: 1 }).fail(boom, exponential, stampAt(at(1_000)));

      // Second retry of an exponential 5s/x2 policy waits 10s.
      expect(change.task).toMatchObject({
        status: 'PENDING',
        retryCount: 2,
        attempt: 1,
        errorMessage: 'boom',
        workerId: null,
        scheduledAt: null,
        startedAt: null,
        completedAt: null,
        runAt: at(11_000),
      });
      expect(change.log).toMatchObject({
        logType: 'RETRY',
        fromStatus: 'RUNNING',
        toStatus: 'PENDING',
        details: { retryCount: 2, attempt: 1, workerId: 'worker-1', runAt: at(11_000).toISOString() },
      });
    });

    it('without retries left ends FAILED with the error', () => {
      const change = taskIn('RUNNING', { retryCount: 3, maxRetry: 3 }).fail(boom, exponential, stampAt(at(2_000)));

      expect(change.task).toMatchObject({ status: 'FAILED', retryCount: 3, errorMessage: 'boom', completedAt: at(2_000), workerId: 'worker-1' });
      expect(change.log).toMatchObject({ logType: 'FAILED', fromStatus: 'RUNNING', toStatus: 'FAILED', details: { error: 'boom', attempt: 1 } });
    });

    it('with maxRetry 0 ends FAILED on the first failure', () => {
      const change = taskIn('RUNNING', { maxRetry: 0 }).fail(boom, exponential, stampAt());
      expect(change.task).toMatchObject({ status: 'FAILED', retryCount: 0 });
    });

    it('that is not retryable ends FAILED even with retries left', () => {
      const change = taskIn('RUNNING', { retryCount: 0, maxRetry: 3 }).fail({ retryable: false, error: 'HTTP 400' }, exponential, stampAt());

      expect(change.task).toMatchObject({ status: 'FAILED', retryCount: 0, errorMessage: 'HTTP 400', completedAt: T0 });
      expect(change.log.logType).toBe('FAILED');
    });

    it('retries a task through its whole policy, then fails it', () => {
      const task = taskIn('PENDING', { maxRetry: 3 });
      const runAts: Date[] = [];
      let now = T0.getTime();

      for (let retry = 1; retry <= 3; retry++) {
        task.schedule('worker-1', stampAt(new Date(now)));
        task.start(stampAt(new Date(now)));
        const change = task.fail(boom, exponential, stampAt(new Date(now)));
        expect(change.task).toMatchObject({ status: 'PENDING', retryCount: retry, attempt: retry });
        runAts.push(change.task.runAt);
        now = change.task.runAt.getTime();
      }
      task.schedule('worker-1', stampAt(new Date(now)));
      task.start(stampAt(new Date(now)));
      const last = task.fail(boom, exponential, stampAt(new Date(now)));

      // Each retry waits 5s, 10s, then 20s after the failure before it.
      expect(runAts).toEqual([at(5_000), at(15_000), at(35_000)]);
      expect(last.task).toMatchObject({ status: 'FAILED', retryCount: 3, attempt: 4, version: 7 + 12 });
    });
  });

  describe('timeOut', () => {
    it('with retries left goes back to PENDING like a failure', () => {
      const change = taskIn('RUNNING').timeOut(fixed, stampAt(at(30_000)));

      expect(change.task).toMatchObject({
        status: 'PENDING',
        retryCount: 1,
        errorMessage: 'timed out after 30s',
        workerId: null,
        runAt: at(35_000),
      });
      expect(change.log).toMatchObject({ logType: 'RETRY', fromStatus: 'RUNNING', toStatus: 'PENDING' });
    });

    it('without retries left ends TIMEOUT', () => {
      const change = taskIn('RUNNING', { retryCount: 3, maxRetry: 3 }).timeOut(fixed, stampAt(at(30_000)));

      expect(change.task).toMatchObject({ status: 'TIMEOUT', retryCount: 3, errorMessage: 'timed out after 30s', completedAt: at(30_000) });
      expect(change.log).toMatchObject({ logType: 'TIMEOUT', toStatus: 'TIMEOUT', details: { timeoutSeconds: 30, attempt: 1 } });
    });
  });

  describe('start and deadline', () => {
    it('start counts the attempt and records when it began', () => {
      const change = taskIn('SCHEDULED', { attempt: 2 }).start(stampAt(at(500)));

      expect(change.task).toMatchObject({ status: 'RUNNING', attempt: 3, startedAt: at(500), workerId: 'worker-1' });
      expect(change.log).toMatchObject({ logType: 'STARTED', details: { attempt: 3, workerId: 'worker-1' } });
    });

    it('a running task is due its timeout after it started', () => {
      const task = taskIn('SCHEDULED', { timeout: 45 });
      task.start(stampAt(at(500)));
      expect(task.deadlineAt).toEqual(at(45_500));
    });

    it.each(['PENDING', 'SCHEDULED', 'SUCCESS', 'FAILED', 'TIMEOUT', 'CANCELLED'] as const)('a %s task has no deadline', (status) => {
      expect(taskIn(status).deadlineAt).toBeNull();
    });
  });

  it('succeed stores the result and clears the error of an earlier attempt', () => {
    const change = taskIn('RUNNING', { errorMessage: 'boom', retryCount: 1 }).succeed({ answer: 42 }, stampAt(at(250)));

    expect(change.task).toMatchObject({ status: 'SUCCESS', result: { answer: 42 }, errorMessage: null, completedAt: at(250) });
    expect(change.log).toMatchObject({ logType: 'SUCCEEDED', details: { durationMs: 250, attempt: 1 } });
  });

  describe('requeue', () => {
    it.each(['SCHEDULED', 'RUNNING'] as const)('from %s keeps the retries, counts the loss and frees the worker', (status) => {
      const change = taskIn(status, { retryCount: 1 }).requeue('lease expired', 5, stampAt(at(9)));

      expect(change.task).toMatchObject({
        status: 'PENDING',
        retryCount: 1,
        requeueCount: 1,
        workerId: null,
        scheduledAt: null,
        startedAt: null,
        runAt: at(9),
      });
      expect(change.log).toMatchObject({
        logType: 'REQUEUED',
        fromStatus: status,
        details: { workerId: 'worker-1', reason: 'lease expired', requeueCount: 1 },
      });
    });

    it('still requeues a task that reaches the limit', () => {
      const change = taskIn('RUNNING', { requeueCount: 4 }).requeue('worker gone', 5, stampAt());
      expect(change.task).toMatchObject({ status: 'PENDING', requeueCount: 5 });
    });

    it('fails a task that lost more workers than allowed as poison', () => {
      const change = taskIn('RUNNING', { requeueCount: 5, retryCount: 1 }).requeue('worker gone', 5, stampAt(at(3)));

      expect(change.task).toMatchObject({ status: 'FAILED', requeueCount: 6, retryCount: 1, completedAt: at(3) });
      expect(change.task.errorMessage).toContain('lost its worker 6 times');
      expect(change.log).toMatchObject({ logType: 'FAILED', fromStatus: 'RUNNING', toStatus: 'FAILED' });
    });
  });

  describe('retryByHand', () => {
    it('gives fresh retries and clears the last outcome', () => {
      const task = taskIn('FAILED', { retryCount: 3, requeueCount: 2, result: { old: true }, completedAt: at(-1) });

      const change = task.retryByHand(stampAt(at(1)));

      expect(change.task).toMatchObject({
        status: 'PENDING',
        retryCount: 0,
        requeueCount: 0,
        result: null,
        workerId: null,
        scheduledAt: null,
        startedAt: null,
        completedAt: null,
        runAt: at(1),
      });
      expect(change.log).toMatchObject({ logType: 'RETRY', fromStatus: 'FAILED', toStatus: 'PENDING', details: { manual: true } });
    });

    it('lets the task retry automatically again', () => {
      const task = taskIn('TIMEOUT', { retryCount: 3, maxRetry: 3 });
      task.retryByHand(stampAt());
      task.schedule('worker-1', stampAt());
      task.start(stampAt());
      expect(task.fail(boom, fixed, stampAt()).task).toMatchObject({ status: 'PENDING', retryCount: 1 });
    });
  });

  it('cancel ends the task and records when', () => {
    const change = taskIn('RUNNING').cancel(stampAt(at(7)));
    expect(change.task).toMatchObject({ status: 'CANCELLED', completedAt: at(7) });
    expect(change.log).toMatchObject({ logType: 'CANCELLED', fromStatus: 'RUNNING', toStatus: 'CANCELLED' });
  });
});
