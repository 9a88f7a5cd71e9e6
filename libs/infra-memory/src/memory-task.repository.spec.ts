import { Task, TaskProps } from '@asynctask/domain';
import { aTaskLog, aTaskProps, describeTaskRepositoryContract, stamp } from '@asynctask/testing';
import { MemoryTaskLogRepository } from './memory-task-log.repository';
import { MemoryTaskStore } from './memory-task-store';
import { MemoryTaskRepository } from './memory-task.repository';

describeTaskRepositoryContract('memory', async () => {
  const store = new MemoryTaskStore();
  return { tasks: new MemoryTaskRepository(store), logs: new MemoryTaskLogRepository(store), close: async () => undefined };
});

describe('the memory task list', () => {
  const store = new MemoryTaskStore();
  const tasks = new MemoryTaskRepository(store);
  let all: TaskProps[];

  beforeAll(async () => {
    // Every tenth one FAILED, of type "rare" one in a hundred; ids ascend, so the last is the newest.
    all = Array.from({ length: 20_000 }, (_, i) => aTaskProps({ status: i % 10 === 0 ? 'FAILED' : 'PENDING', taskType: i % 100 === 0 ? 'rare' : 'echo' }));
    await tasks.insert(all, all.map((t) => aTaskLog(t)));
  });

  /** How many stored tasks a call reads. */
  async function readsOf<T>(call: () => Promise<T>): Promise<{ result: T; reads: number }> {
    const get = jest.spyOn(store.tasks, 'get');
    try {
      const result = await call();
      return { result, reads: get.mock.calls.length };
    } finally {
      get.mockRestore();
    }
  }

  it('reads one page and one more task, however deep the page and however rare the filter', async () => {
    const deep = all[10_000].taskId;
    for (const query of [{}, { status: 'FAILED' as const }, { taskType: 'rare' }, { taskType: 'rare', status: 'FAILED' as const }]) {
      const { result, reads } = await readsOf(() => tasks.list({ ...query, limit: 50, after: deep }));
      expect(result.items).toHaveLength(50);
      expect(reads).toBe(51);
    }
  });

  it('follows status changes: a task leaves the old status list and joins the new one', async () => {
    const newestFailed = all[19_990];
    const scheduled = Task.restore(newestFailed).retryByHand(stamp());
    expect(await tasks.applyChange(scheduled)).toBe(true);
    const failed = await tasks.list({ status: 'FAILED', limit: 1 });
    const pending = await tasks.list({ status: 'PENDING', limit: 10, after: all[19_991].taskId });
    expect(failed.items[0].taskId).toBe(all[19_980].taskId);
    expect(pending.items.map((t) => t.taskId)).toContain(newestFailed.taskId);
  });
});
