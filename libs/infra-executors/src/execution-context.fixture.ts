import { ExecutionContext } from '@asynctask/domain';

/** A context for one attempt of a task; specs override what they look at. */
export function executionContext(overrides: Partial<ExecutionContext> = {}): ExecutionContext {
  return {
    taskId: 'task-1',
    taskType: 'test-type',
    attempt: 1,
    payload: {},
    config: {},
    signal: new AbortController().signal,
    ...overrides,
  };
}
