import {
  DuplicateIdempotencyKeyError,
  Task,
  TaskLogRepository,
  TaskProps,
  TaskRepository,
  TaskStatus,
} from '@asynctask/domain';
import { Closable, T0, aCreatedLog, aTask, at, nextId } from './builders';

type Fixture = { tasks: TaskRepository; logs: TaskLogRepository } & Closable;

/** What every TaskRepository (with its TaskLogRepository) must do; memory and MySQL alike. */
export function describeTaskRepositoryContract(adapterName: string, setup: () => Promise<Fixture>): void {
  describe(`TaskRepository contract: ${adapterName}`, () => {
    let f: Fixture;
    beforeEach(async () => (f = await setup()));
    afterEach(() => f.close());

    const insert = async (...tasks: TaskProps[]) => {
      await f.tasks.insert(tasks, tasks.map((t) => aCreatedLog(t)));
      return tasks;
    };
    const stamp = (ms = 1000) => ({ now: at(ms), logId: nextId('log') });

    it('stores tasks and returns them exactly, dates to the millisecond and JSON intact', async () => {
      const task = aTask({
        payload: { text: 'héllo ✓', nested: { list: [1, 2.5, null, true], empty: {} } },
        result: { ok: [1] },
        errorMessage: 'last error',
        workerId: 'w-1',
        runAt: at(123),
        scheduledAt: at(7),
        idempotencyKey: 'key-1',
        createdAt: at(1),
        updatedAt: at(999),
      });
      await insert(task);
      expect(await f.tasks.findById(task.taskId)).toEqual(task);
      expect(await f.tasks.findById('missing')).toBeNull();
      expect(await f.tasks.findByIdempotencyKey('key-1')).toEqual(task);
      expect(await f.tasks.findByIdempotencyKey('other')).toBeNull();
    });

    it('finds many by id, skipping unknown ones', async () => {
      const [a, b] = await insert(aTask(), aTask());
      const found = await f.tasks.findByIds([b.taskId, 'missing', a.taskId]);
      expect(found.map((t) => t.taskId).sort()).toEqual([a.taskId, b.taskId].sort());
      expect(await f.tasks.findByIds([])).toEqual([]);
    });

    it('inserts all or nothing: a taken idempotency key stores none of the batch', async () => {
      await insert(aTask({ idempotencyKey: 'taken' }));
      const fresh = aTask();
      await expect(insert(fresh, aTask({ idempotencyKey: 'taken' }))).rejects.toBeInstanceOf(DuplicateIdempotencyKeyError);
      expect(await f.tasks.findById(fresh.taskId)).toBeNull();
      expect(await f.logs.listByTask(fresh.taskId)).toEqual([]);
    });

    it('writes the CREATED logs with the tasks, listed oldest first', async () => {
      const [task] = await insert(aTask());
      const change = Task.restore(task).schedule('w-1', stamp());
      await f.tasks.applyChange(change);
      const logs = await f.logs.listByTask(task.taskId);
      expect(logs.map((l) => l.logType)).toEqual(['CREATED', 'SCHEDULED']);
      expect(logs[1]).toEqual(change.log);
    });

    it('applies a change only over the state it expects, with its log', async () => {
      const [task] = await insert(aTask());
      const change = Task.restore(task).schedule('w-1', stamp());
      expect(await f.tasks.applyChange(change)).toBe(true);
      expect(await f.tasks.findById(task.taskId)).toEqual(change.task);

      const stale = Task.restore(task).cancel(stamp(2000));
      expect(await f.tasks.applyChange(stale)).toBe(false);
      expect(await f.tasks.findById(task.taskId)).toEqual(change.task);
      expect((await f.logs.listByTask(task.taskId)).map((l) => l.logType)).toEqual(['CREATED', 'SCHEDULED']);
    });

    it('lets exactly one of two concurrent changes of the same version win', async () => {
      const [task] = await insert(aTask());
      const results = await Promise.all([
        f.tasks.applyChange(Task.restore(task).schedule('w-1', stamp())),
        f.tasks.applyChange(Task.restore(task).cancel(stamp())),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await f.logs.listByTask(task.taskId)).toHaveLength(2);
    });

    it('applies many changes and returns the ids of those that applied', async () => {
      const [a, b, c] = await insert(aTask(), aTask(), aTask());
      await f.tasks.applyChange(Task.restore(b).cancel(stamp()));
      const applied = await f.tasks.applyChanges([a, b, c].map((t) => Task.restore(t).schedule('w-2', stamp())));
      expect(applied.sort()).toEqual([a.taskId, c.taskId].sort());
      expect((await f.tasks.findById(b.taskId))?.status).toBe('CANCELLED');
      expect(await f.tasks.applyChanges([])).toEqual([]);
    });

    it('does not let callers change what it stored', async () => {
      const task = aTask({ payload: { n: 1 } });
      await insert(task);
      (task.payload as { n: number }).n = 2;
      const read = (await f.tasks.findById(task.taskId)) as TaskProps;
      expect(read.payload).toEqual({ n: 1 });
      (read.payload as { n: number }).n = 3;
      expect((await f.tasks.findById(task.taskId))?.payload).toEqual({ n: 1 });
    });

    it('lists newest first, filtered, a page at a time, none missed or repeated', async () => {
      const tasks = await insert(
        ...Array.from({ length: 7 }, (_, i) => aTask({ taskType: i % 2 ? 'odd' : 'even', status: i < 3 ? 'SUCCESS' : 'PENDING', workerId: i < 3 ? 'w-9' : null })),
      );
      const newestFirst = [...tasks].reverse().map((t) => t.taskId);
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await f.tasks.list({ limit: 3, after });
        seen.push(...page.items.map((t) => t.taskId));
        if (!page.nextCursor) break;
        after = page.nextCursor;
      }
      expect(seen).toEqual(newestFirst);
      expect((await f.tasks.list({ limit: 7 })).nextCursor).toBeNull();
      const odd = await f.tasks.list({ limit: 10, taskType: 'odd' });
      expect(odd.items.map((t) => t.taskId)).toEqual(newestFirst.filter((id) => tasks.find((t) => t.taskId === id)?.taskType === 'odd'));
      expect((await f.tasks.list({ limit: 10, status: 'SUCCESS' })).items).toHaveLength(3);
      expect((await f.tasks.list({ limit: 10, workerId: 'w-9', status: 'SUCCESS', taskType: 'even' })).items).toHaveLength(2);
    });

    it('finds tasks by status, oldest first, by worker, up to a limit', async () => {
      const [a, , c, d] = await insert(
        aTask({ status: 'SCHEDULED', workerId: 'w-1' }),
        aTask({ status: 'PENDING' }),
        aTask({ status: 'RUNNING', workerId: 'w-1' }),
        aTask({ status: 'RUNNING', workerId: 'w-2' }),
      );
      const active: TaskStatus[] = ['SCHEDULED', 'RUNNING'];
      expect((await f.tasks.findByStatus(active, { limit: 10 })).map((t) => t.taskId)).toEqual([a.taskId, c.taskId, d.taskId]);
      expect((await f.tasks.findByStatus(active, { workerId: 'w-1', limit: 10 })).map((t) => t.taskId)).toEqual([a.taskId, c.taskId]);
      expect(await f.tasks.findByStatus(active, { limit: 1 })).toHaveLength(1);
    });

    it('finds RUNNING tasks past their deadline', async () => {
      const [late] = await insert(
        aTask({ status: 'RUNNING', workerId: 'w', startedAt: T0, timeout: 10 }),
        aTask({ status: 'RUNNING', workerId: 'w', startedAt: T0, timeout: 60 }),
        aTask({ status: 'SCHEDULED', workerId: 'w', startedAt: null, timeout: 1 }),
      );
      expect((await f.tasks.findOverdue(at(10_001), 10)).map((t) => t.taskId)).toEqual([late.taskId]);
      expect(await f.tasks.findOverdue(at(10_000), 10)).toEqual([]);
    });

    it('keeps the deadline in step with status changes', async () => {
      const [task] = await insert(aTask({ status: 'SCHEDULED', workerId: 'w', timeout: 5 }));
      const start = Task.restore(task).start(stamp(1000));
      await f.tasks.applyChange(start);
      expect((await f.tasks.findOverdue(at(6001), 10)).map((t) => t.taskId)).toEqual([task.taskId]);
      await f.tasks.applyChange(Task.restore(start.task).succeed(null, stamp(2000)));
      expect(await f.tasks.findOverdue(at(60_000), 10)).toEqual([]);
    });

    it('counts by status, every status present, optionally of one type', async () => {
      await insert(aTask({ status: 'PENDING' }), aTask({ status: 'PENDING', taskType: 'x' }), aTask({ status: 'FAILED' }));
      expect(await f.tasks.countByStatus({})).toEqual({ PENDING: 2, SCHEDULED: 0, RUNNING: 0, SUCCESS: 0, FAILED: 1, TIMEOUT: 0, CANCELLED: 0 });
      expect((await f.tasks.countByStatus({ taskType: 'x' })).PENDING).toBe(1);
    });

    it('counts SCHEDULED and RUNNING tasks by type and worker', async () => {
      await insert(
        aTask({ status: 'SCHEDULED', workerId: 'w-1', taskType: 'a' }),
        aTask({ status: 'RUNNING', workerId: 'w-1', taskType: 'a' }),
        aTask({ status: 'RUNNING', workerId: 'w-2', taskType: 'a' }),
        aTask({ status: 'RUNNING', workerId: 'w-2', taskType: 'b' }),
        aTask({ status: 'SUCCESS', workerId: 'w-2', taskType: 'b' }),
      );
      const rows = (await f.tasks.countActive()).sort((x, y) => `${x.taskType}${x.workerId}`.localeCompare(`${y.taskType}${y.workerId}`));
      expect(rows).toEqual([
        { taskType: 'a', workerId: 'w-1', count: 2 },
        { taskType: 'a', workerId: 'w-2', count: 1 },
        { taskType: 'b', workerId: 'w-2', count: 1 },
      ]);
    });
  });
}
