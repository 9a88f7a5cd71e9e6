import { DuplicateIdempotencyKeyError, StoreUnavailableError, Task, TaskProps } from '@asynctask/domain';
import { aTaskLog, aTaskProps, stamp } from '../builders';
import { useFixture } from '../fixture';
import { TaskRepositoryFixture, describeTaskRepositoryContract } from '../task-repository.contract';
import { FaultyTaskRepository } from './faulty-ports';

/**
 * FaultyTaskRepository over an adapter: the whole TaskRepository contract through it (it forwards
 * faithfully), then faults on writes, seen in what the store holds afterwards.
 */
export function describeFaultyTaskRepositoryContract(adapterName: string, setup: () => Promise<TaskRepositoryFixture>): void {
  describeTaskRepositoryContract(`${adapterName} behind FaultyTaskRepository`, async () => {
    const fixture = await setup();
    return { ...fixture, tasks: new FaultyTaskRepository(fixture.tasks).port };
  });

  describe(`FaultyTaskRepository over ${adapterName}`, () => {
    const fixture = useFixture(setup);
    let faults: FaultyTaskRepository;
    const tasks = () => faults.port;
    const stored = (taskId: string) => fixture().tasks.findById(taskId);
    const insert = (task: TaskProps) => tasks().insert([task], [aTaskLog(task)]);
    const scheduled = (task: TaskProps) => Task.restore(task).schedule('w1', stamp());
    beforeEach(() => {
      faults = new FaultyTaskRepository(fixture().tasks);
    });

    it('fails an insert before the store sees it: nothing is stored', async () => {
      const task = aTaskProps();
      faults.failNext('insert');
      await expect(insert(task)).rejects.toThrow(new StoreUnavailableError('MySQL', 'injected fault, the call was not made'));
      expect(await stored(task.taskId)).toBeNull();
      expect(await fixture().logs.listByTask(task.taskId)).toEqual([]);
    });

    it('loses the answer of an insert: the task and its log are stored, and inserting it again hits its key', async () => {
      const task = aTaskProps({ idempotencyKey: 'lost-answer' });
      faults.loseAnswerOfNext('insert');
      await expect(insert(task)).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(await stored(task.taskId)).toEqual(task);
      expect((await fixture().logs.listByTask(task.taskId)).map((l) => l.logType)).toEqual(['CREATED']);
      await expect(insert({ ...aTaskProps(), idempotencyKey: 'lost-answer' })).rejects.toBeInstanceOf(DuplicateIdempotencyKeyError);
      expect(faults.calls('insert').map((c) => c.outcome)).toEqual(['lost', 'threw']);
    });

    it('loses the answer of a batch of changes: every change is applied, and applying them again is refused', async () => {
      const [a, b] = [aTaskProps(), aTaskProps()];
      await insert(a);
      await insert(b);
      const changes = [scheduled(a), scheduled(b)];
      faults.loseAnswerOfNext('applyChanges');
      await expect(tasks().applyChanges(changes)).rejects.toBeInstanceOf(StoreUnavailableError);
      for (const change of changes) expect(await stored(change.task.taskId)).toMatchObject({ status: 'SCHEDULED', version: 2 });
      expect(await tasks().applyChanges(changes)).toEqual([]);
    });

    it('holds a change while a competing one is stored: released, it loses the compare-and-set', async () => {
      const task = aTaskProps();
      await insert(task);
      const held = faults.holdNext('applyChange');
      const late = tasks().applyChange(scheduled(task));
      await held.reached;
      expect(await tasks().applyChange(Task.restore(task).cancel(stamp()))).toBe(true);
      held.release();
      expect(await late).toBe(false);
      expect(await stored(task.taskId)).toMatchObject({ status: 'CANCELLED', version: 2 });
    });
  });
}
