import { DuplicateIdempotencyKeyError, Task, TaskProps } from '@asynctask/domain';
import { aTaskLog, aTaskProps, at, stamp } from './builders';
import type { TaskRepositoryFixture } from './task-repository.contract';

/** Inserting tasks and changing them: atomicity, compare-and-set, exact round trips. */
export function describeTaskWriteCases(fixture: () => TaskRepositoryFixture): void {
  const insert = async (...tasks: TaskProps[]): Promise<TaskProps[]> => {
    await fixture().tasks.insert(tasks, tasks.map((t) => aTaskLog(t)));
    return tasks;
  };
  const logTypes = async (taskId: string) => (await fixture().logs.listByTask(taskId)).map((l) => l.logType);

  it('stores tasks and returns them exactly: dates to the millisecond, JSON intact', async () => {
    const { tasks } = fixture();
    const rich = aTaskProps({
      priority: 1,
      status: 'RUNNING',
      payload: { text: 'héllo ✓ 任务 😀', nested: { list: [1, -2.5, null, true, 'x'], empty: {}, none: [] }, quote: 'a "b" \\ c' },
      result: { ok: [1, { deep: { deeper: 'yes' } }], count: 0, flag: false },
      errorMessage: 'previous attempt: ünïcode error',
      workerId: 'w-1',
      retryCount: 2,
      maxRetry: 5,
      timeout: 90,
      attempt: 3,
      requeueCount: 1,
      version: 7,
      runAt: new Date('2026-03-04T05:06:07.089Z'),
      idempotencyKey: 'key-rich',
      createdAt: new Date('2026-03-04T05:06:07.001Z'),
      scheduledAt: new Date('2026-03-04T05:06:08.123Z'),
      startedAt: new Date('2026-03-04T05:06:09.999Z'),
      completedAt: new Date('2026-03-04T05:07:00.500Z'),
      updatedAt: new Date('2026-03-04T05:07:00.501Z'),
    });
    const plain = aTaskProps({ result: null });
    const listResult = aTaskProps({ status: 'SUCCESS', result: [1, 'two', { three: 3 }], completedAt: at(77) });
    const textResult = aTaskProps({ status: 'SUCCESS', result: 'done', completedAt: at(78) });
    await insert(rich, plain, listResult, textResult);
    for (const task of [rich, plain, listResult, textResult]) expect(await tasks.findById(task.taskId)).toEqual(task);
    expect(await tasks.findById('task-missing')).toBeNull();
  });

  it('finds a task by its idempotency key', async () => {
    const [keyed] = await insert(aTaskProps({ idempotencyKey: 'order-42' }), aTaskProps());
    expect(await fixture().tasks.findByIdempotencyKey('order-42')).toEqual(keyed);
    expect(await fixture().tasks.findByIdempotencyKey('order-43')).toBeNull();
  });

  it('finds many by id, skipping unknown ones', async () => {
    const [a, b] = await insert(aTaskProps(), aTaskProps(), aTaskProps());
    const found = await fixture().tasks.findByIds([b.taskId, 'task-missing', a.taskId]);
    expect(sortById(found)).toEqual([a, b]);
    expect(await fixture().tasks.findByIds([])).toEqual([]);
  });

  it('inserts all or nothing: a batch with a key already taken stores none of it', async () => {
    const [original] = await insert(aTaskProps({ idempotencyKey: 'taken' }));
    const fresh = aTaskProps();
    const clash = aTaskProps({ idempotencyKey: 'taken' });
    await expect(insert(fresh, clash)).rejects.toBeInstanceOf(DuplicateIdempotencyKeyError);
    expect(await fixture().tasks.findByIds([fresh.taskId, clash.taskId])).toEqual([]);
    expect(await fixture().logs.listByTask(fresh.taskId)).toEqual([]);
    expect(await fixture().tasks.findByIdempotencyKey('taken')).toEqual(original);
  });

  it('refuses a batch that uses one key twice, storing none of it', async () => {
    const batch = [aTaskProps(), aTaskProps({ idempotencyKey: 'twice' }), aTaskProps({ idempotencyKey: 'twice' })];
    await expect(insert(...batch)).rejects.toBeInstanceOf(DuplicateIdempotencyKeyError);
    expect(await fixture().tasks.findByIds(batch.map((t) => t.taskId))).toEqual([]);
    expect(await fixture().tasks.findByIdempotencyKey('twice')).toBeNull();
  });

  it('lets one of two racing inserts with the same key through', async () => {
    const [first, second] = [aTaskProps({ idempotencyKey: 'race' }), aTaskProps({ idempotencyKey: 'race' })];
    const outcomes = await Promise.allSettled([insert(first), insert(second)]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(DuplicateIdempotencyKeyError);
    const winner = outcomes[0].status === 'fulfilled' ? first : second;
    expect(await fixture().tasks.findByIdempotencyKey('race')).toEqual(winner);
    expect(await fixture().tasks.findByIds([first.taskId, second.taskId])).toEqual([winner]);
  });

  it('stores the logs that come with new tasks', async () => {
    const task = aTaskProps();
    const log = aTaskLog(task, { message: 'created, delayed', details: { priority: 5, runAt: '2026-01-01T00:00:01.000Z' } });
    await fixture().tasks.insert([task], [log]);
    expect(await fixture().logs.listByTask(task.taskId)).toEqual([log]);
    expect(await fixture().logs.listByTask('task-missing')).toEqual([]);
  });

  it("lists a task's logs oldest first, by time and then by log id", async () => {
    const [task, other] = [aTaskProps(), aTaskProps()];
    const early = aTaskLog(task, { createdAt: at(50) });
    const middle = aTaskLog(task, { createdAt: at(100) });
    const tiedFirst = aTaskLog(task, { createdAt: at(200) });
    const tiedSecond = aTaskLog(task, { createdAt: at(200) });
    await fixture().tasks.insert([task, other], [tiedSecond, aTaskLog(other), middle, tiedFirst, early]);
    expect(await fixture().logs.listByTask(task.taskId)).toEqual([early, middle, tiedFirst, tiedSecond]);
  });

  it('applies a change over the state it expects, with its log', async () => {
    const [task] = await insert(aTaskProps());
    const change = Task.restore(task).schedule('w-1', stamp(1000));
    expect(await fixture().tasks.applyChange(change)).toBe(true);
    expect(await fixture().tasks.findById(task.taskId)).toEqual(change.task);
    const logs = await fixture().logs.listByTask(task.taskId);
    expect(logs.map((l) => l.logType)).toEqual(['CREATED', 'SCHEDULED']);
    expect(logs[1]).toEqual(change.log);
  });

  it('refuses a change whose expected status is stale, and writes no log', async () => {
    const [task] = await insert(aTaskProps());
    const winner = Task.restore(task).schedule('w-1', stamp(1000));
    await fixture().tasks.applyChange(winner);
    const stale = Task.restore(task).cancel(stamp(2000));
    expect(await fixture().tasks.applyChange(stale)).toBe(false);
    expect(await fixture().tasks.findById(task.taskId)).toEqual(winner.task);
    expect(await logTypes(task.taskId)).toEqual(['CREATED', 'SCHEDULED']);
  });

  it('refuses a change whose expected version is stale, even when the status matches', async () => {
    const [task] = await insert(aTaskProps({ version: 3 }));
    const fromOlderRead = Task.restore({ ...task, version: 2 }).schedule('w-1', stamp(1000));
    const fromNewerRead = Task.restore({ ...task, version: 4 }).schedule('w-1', stamp(1000));
    expect(await fixture().tasks.applyChange(fromOlderRead)).toBe(false);
    expect(await fixture().tasks.applyChange(fromNewerRead)).toBe(false);
    expect(await fixture().tasks.findById(task.taskId)).toEqual(task);
    expect(await logTypes(task.taskId)).toEqual(['CREATED']);
  });

  it('refuses a change to a task it does not have', async () => {
    const ghost = aTaskProps();
    expect(await fixture().tasks.applyChange(Task.restore(ghost).cancel(stamp()))).toBe(false);
    expect(await fixture().tasks.findById(ghost.taskId)).toBeNull();
    expect(await fixture().logs.listByTask(ghost.taskId)).toEqual([]);
  });

  it('lets exactly one of two concurrent changes of the same version win', async () => {
    const [task] = await insert(aTaskProps());
    const changes = [Task.restore(task).schedule('w-1', stamp()), Task.restore(task).cancel(stamp())];
    const results = await Promise.all(changes.map((c) => fixture().tasks.applyChange(c)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = changes[results.indexOf(true)];
    expect(await fixture().tasks.findById(task.taskId)).toEqual(winner.task);
    expect((await fixture().logs.listByTask(task.taskId)).slice(1)).toEqual([winner.log]);
  });

  it('applies many changes and returns the ids of those that applied', async () => {
    const [a, b, c] = await insert(aTaskProps(), aTaskProps(), aTaskProps());
    await fixture().tasks.applyChange(Task.restore(b).cancel(stamp()));
    const changes = [a, b, c].map((t) => Task.restore(t).schedule('w-2', stamp()));
    expect((await fixture().tasks.applyChanges(changes)).sort()).toEqual([a.taskId, c.taskId]);
    expect(await fixture().tasks.findById(a.taskId)).toEqual(changes[0].task);
    expect((await fixture().tasks.findById(b.taskId))?.status).toBe('CANCELLED');
    expect(await logTypes(b.taskId)).toEqual(['CREATED', 'CANCELLED']);
    expect(await logTypes(c.taskId)).toEqual(['CREATED', 'SCHEDULED']);
    expect(await fixture().tasks.applyChanges([])).toEqual([]);
  });

  it('does not let callers change what it stored, through what they passed or got back', async () => {
    const { tasks, logs } = fixture();
    const task = aTaskProps({ payload: { n: 1, list: [1] } });
    const log = aTaskLog(task);
    await tasks.insert([task], [log]);
    mutate(task.payload);
    mutate(log.details);

    const read = (await tasks.findById(task.taskId)) as TaskProps;
    expect(read.payload).toEqual({ n: 1, list: [1] });
    mutate(read.payload);
    read.createdAt.setTime(0);
    mutate((await tasks.findByIds([task.taskId]))[0].payload);
    mutate((await tasks.list({ limit: 1 })).items[0].payload);

    const change = Task.restore((await tasks.findById(task.taskId)) as TaskProps).schedule('w-1', stamp());
    await tasks.applyChange(change);
    mutate(change.task.payload);
    mutate(change.log.details);
    mutate((await logs.listByTask(task.taskId))[0].details);

    const stored = await tasks.findById(task.taskId);
    expect(stored?.payload).toEqual({ n: 1, list: [1] });
    expect(stored?.createdAt).toEqual(task.createdAt);
    expect((await logs.listByTask(task.taskId)).map((l) => l.details)).toEqual([{ priority: 5 }, { workerId: 'w-1' }]);
  });
}

function sortById(tasks: TaskProps[]): TaskProps[] {
  return [...tasks].sort((x, y) => (x.taskId < y.taskId ? -1 : 1));
}

/** Scribbles over a JSON object the way a careless caller might. */
function mutate(value: object): void {
  const json = value as Record<string, unknown>;
  json['n'] = 99;
  json['scribbled'] = true;
  if (Array.isArray(json['list'])) (json['list'] as unknown[]).push(2);
}
