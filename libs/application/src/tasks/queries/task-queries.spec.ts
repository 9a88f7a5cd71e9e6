import { TaskNotFoundError } from '@asynctask/domain';
import { useCaseHarness } from '../../testing/use-case-harness';

describe('task queries', () => {
  let h: ReturnType<typeof useCaseHarness>;

  beforeEach(async () => {
    h = useCaseHarness();
    await h.defineType({ taskType: 'echo', executorType: 'echo' });
  });

  it('lists newest first with a cursor and filters', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await h.tasks.create({ taskType: 'echo' })).task.taskId);
    const first = await h.tasks.list({ limit: 2 });
    expect(first.items.map((t) => t.taskId)).toEqual([ids[4], ids[3]]);
    const second = await h.tasks.list({ limit: 2, cursor: first.nextCursor ?? undefined });
    expect(second.items.map((t) => t.taskId)).toEqual([ids[2], ids[1]]);
    expect((await h.tasks.list({ status: 'SUCCESS' })).items).toEqual([]);
  });

  it('answers unknown ids with TaskNotFoundError', async () => {
    await expect(h.tasks.get('nope')).rejects.toBeInstanceOf(TaskNotFoundError);
    await expect(h.tasks.logs('nope')).rejects.toBeInstanceOf(TaskNotFoundError);
  });

  it('lists a task\'s logs oldest first', async () => {
    await h.addWorker();
    const { task } = await h.tasks.create({ taskType: 'echo' });
    await h.cycle();
    expect((await h.tasks.logs(task.taskId)).map((log) => log.logType)).toEqual(['CREATED', 'SCHEDULED', 'STARTED', 'SUCCEEDED']);
    expect(await h.tasks.get(task.taskId)).toMatchObject({ taskId: task.taskId, status: 'SUCCESS' });
  });
});
