import { T0, at, stampAt } from '../task/task.fixtures';
import { InvalidTaskError } from '../task/task.errors';
import { TaskConfig } from './task-config';

const mail = (now = T0) => TaskConfig.define({ taskType: 'mail', executorType: 'http' }, now);

describe('TaskConfig', () => {
  describe('define', () => {
    it("fills in DESIGN.md's defaults", () => {
      expect(mail().toProps()).toEqual({
        taskType: 'mail',
        taskName: 'mail',
        description: '',
        executorType: 'http',
        executorConfig: {},
        defaultTimeout: 30,
        defaultMaxRetry: 3,
        retryStrategy: 'fixed',
        retryDelay: 5,
        backoffRate: 2,
        maxConcurrent: 10,
        routeStrategy: 'least_tasks',
        enabled: true,
        createdAt: T0,
        updatedAt: T0,
      });
    });

    it('keeps what the input gives and ignores fields left undefined', () => {
      const config = TaskConfig.define(
        { taskType: 'mail', executorType: 'http', taskName: 'Mailer', retryStrategy: 'linear', defaultTimeout: undefined, enabled: false },
        T0,
      );
      expect(config.toProps()).toMatchObject({ taskName: 'Mailer', retryStrategy: 'linear', defaultTimeout: 30, enabled: false });
    });

    it('keeps the creation time when it replaces a config', () => {
      const replaced = TaskConfig.define({ taskType: 'mail', executorType: 'echo', maxConcurrent: 2 }, at(1_000), mail(T0));
      expect(replaced.toProps()).toMatchObject({ executorType: 'echo', maxConcurrent: 2, createdAt: T0, updatedAt: at(1_000) });
    });

    it('replaces the whole config: fields the new input leaves out go back to the defaults', () => {
      const first = TaskConfig.define({ taskType: 'mail', executorType: 'http', defaultMaxRetry: 9, routeStrategy: 'round_robin' }, T0);
      const replaced = TaskConfig.define({ taskType: 'mail', executorType: 'http' }, at(1_000), first);
      expect(replaced.toProps()).toMatchObject({ defaultMaxRetry: 3, routeStrategy: 'least_tasks' });
    });
  });

  it('builds its retry policy from its strategy, delay and rate', () => {
    const config = TaskConfig.define({ taskType: 'mail', executorType: 'http', retryStrategy: 'exponential', retryDelay: 5, backoffRate: 2 }, T0);
    expect([1, 2, 3, 4].map((n) => config.retryPolicy().delaySeconds(n))).toEqual([5, 10, 20, 40]);
  });

  describe('createTask', () => {
    const config = TaskConfig.define({ taskType: 'mail', executorType: 'http', defaultTimeout: 60, defaultMaxRetry: 1 }, T0);

    it('uses the type defaults and priority 5 where the request is silent', () => {
      const { task, log } = config.createTask({ taskId: 't1', payload: { to: 'x' } }, stampAt(at(100)));

      expect(task.toProps()).toEqual({
        taskId: 't1',
        taskType: 'mail',
        priority: 5,
        status: 'PENDING',
        payload: { to: 'x' },
        result: null,
        errorMessage: null,
        workerId: null,
        retryCount: 0,
        maxRetry: 1,
        timeout: 60,
        attempt: 0,
        requeueCount: 0,
        version: 1,
        runAt: at(100),
        idempotencyKey: null,
        createdAt: at(100),
        scheduledAt: null,
        startedAt: null,
        completedAt: null,
        updatedAt: at(100),
      });
      expect(log).toMatchObject({ taskId: 't1', logType: 'CREATED', fromStatus: null, toStatus: 'PENDING', createdAt: at(100) });
    });

    it('lets the request override priority, timeout, retries and the idempotency key', () => {
      const { task } = config.createTask({ taskId: 't2', payload: {}, priority: 1, timeout: 5, maxRetry: 0, idempotencyKey: 'k-1' }, stampAt());
      expect(task.toProps()).toMatchObject({ priority: 1, timeout: 5, maxRetry: 0, idempotencyKey: 'k-1' });
    });

    it('delays the task by delaySeconds', () => {
      const { task, log } = config.createTask({ taskId: 't3', payload: {}, delaySeconds: 10 }, stampAt(at(500)));
      expect(task.runAt).toEqual(at(10_500));
      expect(log.message).toContain(at(10_500).toISOString());
    });

    it.each([{ priority: 1 }, { priority: 10 }, { maxRetry: 0 }, { maxRetry: 100 }, { timeout: 1 }, { timeout: 86_400 }])('accepts the limit %p', (request) => {
      expect(config.createTask({ taskId: 't', payload: {}, ...request }, stampAt()).task.toProps()).toMatchObject(request);
    });

    it.each([
      { priority: 0 },
      { priority: 11 },
      { priority: 2.5 },
      { maxRetry: -1 },
      { maxRetry: 101 },
      { maxRetry: 1.5 },
      { timeout: 0 },
      { timeout: 86_401 },
      { delaySeconds: -1 },
      { delaySeconds: Number.NaN },
    ])('refuses %p', (request) => {
      expect(() => config.createTask({ taskId: 't', payload: {}, ...request }, stampAt())).toThrow(InvalidTaskError);
    });
  });
});
