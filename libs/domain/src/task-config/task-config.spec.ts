import { T0, stampAt } from '../task/task.fixtures';
import { InvalidTaskError } from '../task/task.errors';
import { TaskConfig } from './task-config';

describe('TaskConfig', () => {
  it('fills in the documented defaults', () => {
    expect(TaskConfig.define({ taskType: 'mail', executorType: 'http' }, T0).toProps()).toEqual({
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

  it('keeps the creation time when replaced', () => {
    const first = TaskConfig.define({ taskType: 'mail', executorType: 'http' }, T0);
    const later = new Date(T0.getTime() + 1000);
    const replaced = TaskConfig.define({ taskType: 'mail', executorType: 'echo', maxConcurrent: 2 }, later, first).toProps();
    expect(replaced).toMatchObject({ executorType: 'echo', maxConcurrent: 2, createdAt: T0, updatedAt: later });
  });

  it('creates tasks with its defaults unless the request overrides them', () => {
    const config = TaskConfig.define({ taskType: 'mail', executorType: 'http', defaultTimeout: 60, defaultMaxRetry: 1 }, T0);
    const plain = config.createTask({ taskId: 't1', payload: {} }, stampAt()).task.toProps();
    expect(plain).toMatchObject({ status: 'PENDING', priority: 5, timeout: 60, maxRetry: 1, runAt: T0, version: 1 });
    const custom = config.createTask({ taskId: 't2', payload: {}, priority: 1, timeout: 5, maxRetry: 0, delaySeconds: 10 }, stampAt());
    expect(custom.task.toProps()).toMatchObject({ priority: 1, timeout: 5, maxRetry: 0, runAt: new Date(T0.getTime() + 10_000) });
    expect(custom.log).toMatchObject({ logType: 'CREATED', fromStatus: null, toStatus: 'PENDING' });
  });

  it.each([{ priority: 0 }, { priority: 11 }, { priority: 2.5 }, { maxRetry: -1 }, { timeout: 0 }, { delaySeconds: -1 }])(
    'refuses %p',
    (request) => {
      const config = TaskConfig.define({ taskType: 'mail', executorType: 'http' }, T0);
      expect(() => config.createTask({ taskId: 't', payload: {}, ...request }, stampAt())).toThrow(InvalidTaskError);
    },
  );
});
