import { Task, TaskPage, TaskProps, TaskQuery, TaskStatus } from '@asynctask/domain';
import { T0, aTaskLog, aTaskProps, at, stamp } from './builders';
import type { TaskRepositoryFixture } from './task-repository.contract';

/** Listing, finding and counting tasks. */
export function describeTaskQueryCases(fixture: () => TaskRepositoryFixture): void {
  const insert = async (...tasks: TaskProps[]): Promise<TaskProps[]> => {
    await fixture().tasks.insert(tasks, tasks.map((t) => aTaskLog(t)));
    return tasks;
  };
  const ids = (tasks: readonly TaskProps[]) => tasks.map((t) => t.taskId);
  const newestFirst = (tasks: readonly TaskProps[]) => ids(tasks).reverse();

  /** Follows nextCursor to the end, as a client paging through the API would. */
  const allPages = async (query: Omit<TaskQuery, 'after'>): Promise<{ ids: string[]; pages: TaskPage[] }> => {
    const pages: TaskPage[] = [];
    let after: string | undefined;
    do {
      const page = await fixture().tasks.list({ ...query, after });
      pages.push(page);
      after = page.nextCursor ?? undefined;
    } while (after && pages.length < 50);
    return { ids: pages.flatMap((p) => ids(p.items)), pages };
  };

  describe('list', () => {
    it('is empty with no cursor when there are no tasks', async () => {
      expect(await fixture().tasks.list({ limit: 10 })).toEqual({ items: [], nextCursor: null });
    });

    it('pages newest first by task id, each task once, with no cursor on the last page', async () => {
      const tasks = await insert(...Array.from({ length: 7 }, () => aTaskProps()));
      const { ids: seen, pages } = await allPages({ limit: 3 });
      expect(seen).toEqual(newestFirst(tasks));
      expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1]);
      expect(pages[0].nextCursor).toBe(pages[0].items[2].taskId);
      expect(pages[2].nextCursor).toBeNull();
      expect(pages[0].items[0]).toEqual(tasks[6]);
    });

    it('gives no cursor when the last page is exactly full', async () => {
      const tasks = await insert(...Array.from({ length: 6 }, () => aTaskProps()));
      const { ids: seen, pages } = await allPages({ limit: 3 });
      expect(seen).toEqual(newestFirst(tasks));
      expect(pages.map((p) => p.nextCursor)).toEqual([tasks[3].taskId, null]);
      expect((await fixture().tasks.list({ limit: 6 })).nextCursor).toBeNull();
    });

    it('keeps paging where it was when newer tasks arrive in between', async () => {
      const tasks = await insert(...Array.from({ length: 5 }, () => aTaskProps()));
      const first = await fixture().tasks.list({ limit: 2 });
      await insert(aTaskProps(), aTaskProps());
      const rest = await fixture().tasks.list({ limit: 10, after: first.nextCursor ?? undefined });
      expect([...ids(first.items), ...ids(rest.items)]).toEqual(newestFirst(tasks));
      expect(rest.nextCursor).toBeNull();
    });

    it('filters by status, task type and worker, alone and together, across pages', async () => {
      const tasks = await insert(
        ...Array.from({ length: 9 }, (_, i) =>
          aTaskProps({
            taskType: i % 2 ? 'odd' : 'even',
            status: i < 4 ? 'SUCCESS' : 'PENDING',
            workerId: i < 4 ? (i % 3 ? 'w-1' : 'w-2') : null,
          }),
        ),
      );
      const expectFilter = async (filter: Omit<TaskQuery, 'limit' | 'after'>, matches: (t: TaskProps) => boolean) => {
        const { ids: seen } = await allPages({ ...filter, limit: 2 });
        expect(seen).toEqual(newestFirst(tasks.filter(matches)));
      };
      await expectFilter({ taskType: 'odd' }, (t) => t.taskType === 'odd');
      await expectFilter({ status: 'SUCCESS' }, (t) => t.status === 'SUCCESS');
      await expectFilter({ status: 'RUNNING' }, () => false);
      await expectFilter({ workerId: 'w-1' }, (t) => t.workerId === 'w-1');
      await expectFilter({ status: 'SUCCESS', taskType: 'even', workerId: 'w-2' }, (t) => t.taskType === 'even' && t.workerId === 'w-2');
      await expectFilter({ taskType: 'nothing' }, () => false);
    });
  });

  describe('findByStatus', () => {
    it('finds tasks in any of the statuses, oldest first, optionally of one worker, up to a limit', async () => {
      const [a, , c, d, e] = await insert(
        aTaskProps({ status: 'SCHEDULED', workerId: 'w-1' }),
        aTaskProps({ status: 'PENDING' }),
        aTaskProps({ status: 'RUNNING', workerId: 'w-1' }),
        aTaskProps({ status: 'RUNNING', workerId: 'w-2' }),
        aTaskProps({ status: 'SCHEDULED', workerId: 'w-2' }),
        aTaskProps({ status: 'SUCCESS', workerId: 'w-1' }),
      );
      const active: TaskStatus[] = ['SCHEDULED', 'RUNNING'];
      const find = (options: { workerId?: string; limit: number }, statuses = active) => fixture().tasks.findByStatus(statuses, options);
      expect(await find({ limit: 10 })).toEqual([a, c, d, e]);
      expect(ids(await find({ workerId: 'w-1', limit: 10 }))).toEqual(ids([a, c]));
      expect(ids(await find({ limit: 2 }))).toEqual(ids([a, c]));
      expect(ids(await find({ limit: 10 }, ['SCHEDULED']))).toEqual(ids([a, e]));
      expect(await find({ workerId: 'w-3', limit: 10 })).toEqual([]);
      expect(await find({ limit: 10 }, ['TIMEOUT'])).toEqual([]);
    });

    it('pages on after a task id', async () => {
      const tasks = await insert(...Array.from({ length: 5 }, () => aTaskProps({ status: 'PENDING' })));
      const page = (afterTaskId?: string) => fixture().tasks.findByStatus(['PENDING'], { afterTaskId, limit: 2 });
      const first = await page();
      const second = await page(first[1].taskId);
      const third = await page(second[1].taskId);
      expect(ids([...first, ...second, ...third])).toEqual(ids(tasks));
      expect(await page(tasks[4].taskId)).toEqual([]);
    });
  });

  describe('findOverdue', () => {
    it('finds RUNNING tasks whose timeout passed strictly before now', async () => {
      const [late, later] = await insert(
        aTaskProps({ status: 'RUNNING', workerId: 'w', startedAt: T0, timeout: 10 }),
        aTaskProps({ status: 'RUNNING', workerId: 'w', startedAt: at(5000), timeout: 10 }),
        aTaskProps({ status: 'RUNNING', workerId: 'w', startedAt: T0, timeout: 60 }),
        aTaskProps({ status: 'SCHEDULED', workerId: 'w', startedAt: null, timeout: 1 }),
        aTaskProps({ status: 'SUCCESS', workerId: 'w', startedAt: T0, completedAt: at(100), timeout: 1 }),
      );
      expect(await fixture().tasks.findOverdue(at(10_000), 10)).toEqual([]);
      expect(await fixture().tasks.findOverdue(at(10_001), 10)).toEqual([late]);
      expect(ids(await fixture().tasks.findOverdue(at(15_001), 10)).sort()).toEqual(ids([late, later]));
      expect(await fixture().tasks.findOverdue(at(15_001), 1)).toHaveLength(1);
    });

    it('keeps the deadline in step with status changes', async () => {
      const [task] = await insert(aTaskProps({ status: 'SCHEDULED', workerId: 'w', timeout: 5 }));
      const start = Task.restore(task).start(stamp(1000));
      await fixture().tasks.applyChange(start);
      expect(await fixture().tasks.findOverdue(at(6000), 10)).toEqual([]);
      expect(await fixture().tasks.findOverdue(at(6001), 10)).toEqual([start.task]);
      await fixture().tasks.applyChange(Task.restore(start.task).succeed(null, stamp(2000)));
      expect(await fixture().tasks.findOverdue(at(60_000), 10)).toEqual([]);
    });
  });

  describe('counts', () => {
    it('counts every status, zero when there are none', async () => {
      const zero = { PENDING: 0, SCHEDULED: 0, RUNNING: 0, SUCCESS: 0, FAILED: 0, TIMEOUT: 0, CANCELLED: 0 };
      expect(await fixture().tasks.countByStatus({})).toEqual(zero);
      await insert(
        aTaskProps({ status: 'PENDING' }),
        aTaskProps({ status: 'PENDING', taskType: 'x' }),
        aTaskProps({ status: 'FAILED' }),
        aTaskProps({ status: 'RUNNING', taskType: 'x', workerId: 'w' }),
      );
      expect(await fixture().tasks.countByStatus({})).toEqual({ ...zero, PENDING: 2, FAILED: 1, RUNNING: 1 });
      expect(await fixture().tasks.countByStatus({ taskType: 'x' })).toEqual({ ...zero, PENDING: 1, RUNNING: 1 });
      expect(await fixture().tasks.countByStatus({ taskType: 'none' })).toEqual(zero);
    });

    it('counts SCHEDULED and RUNNING tasks by type and worker', async () => {
      expect(await fixture().tasks.countActive()).toEqual([]);
      await insert(
        aTaskProps({ status: 'SCHEDULED', workerId: 'w-1', taskType: 'a' }),
        aTaskProps({ status: 'RUNNING', workerId: 'w-1', taskType: 'a' }),
        aTaskProps({ status: 'RUNNING', workerId: 'w-2', taskType: 'a' }),
        aTaskProps({ status: 'RUNNING', workerId: 'w-2', taskType: 'b' }),
        aTaskProps({ status: 'SUCCESS', workerId: 'w-2', taskType: 'b' }),
        aTaskProps({ status: 'PENDING', taskType: 'b' }),
      );
      const rows = (await fixture().tasks.countActive()).sort((x, y) => `${x.taskType}/${x.workerId}`.localeCompare(`${y.taskType}/${y.workerId}`));
      expect(rows).toEqual([
        { taskType: 'a', workerId: 'w-1', count: 2 },
        { taskType: 'a', workerId: 'w-2', count: 1 },
        { taskType: 'b', workerId: 'w-2', count: 1 },
      ]);
    });
  });
}
